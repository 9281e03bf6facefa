namespace BenefitsBot.Storage.Audit;

/// <summary>Append-only log of admin actions; the databases refuse updates and deletes of its rows.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The tenant's entries with <paramref name="since"/> &lt;= At &lt; <paramref name="until"/>, oldest first (ties in append order).</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(string tenantId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
