using System.Data.Common;
using BenefitsBot.Storage.Audit;

namespace BenefitsBot.Storage.Relational;

/// <summary><see cref="IAuditLog"/> over the <c>audit_log</c> table, with SQL both SQLite and PostgreSQL accept.</summary>
public abstract class SqlAuditLog : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.TenantId);
        ArgumentException.ThrowIfNullOrEmpty(entry.ActorObjectId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_log (tenant_id, actor_id, action, target, result, at, detail)
            VALUES (@tenant, @actor, @action, @target, @result, @at, @detail)
            """;
        command.AddParameter("tenant", entry.TenantId);
        command.AddParameter("actor", entry.ActorObjectId);
        command.AddParameter("action", entry.Action);
        command.AddParameter("target", entry.Target);
        command.AddParameter("result", entry.Result.ToString());
        command.AddParameter("at", ToStoredTime(entry.At));
        command.AddParameter("detail", entry.Detail);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(string tenantId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT actor_id, action, target, result, at, detail FROM audit_log
            WHERE tenant_id = @tenant AND at >= @since AND at < @until ORDER BY at, id
            """;
        command.AddParameter("tenant", tenantId);
        command.AddParameter("since", ToStoredTime(since));
        command.AddParameter("until", ToStoredTime(until));
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                tenantId,
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                Enum.Parse<AuditResult>(reader.GetString(3)),
                reader.GetFieldValue<DateTimeOffset>(4).ToUniversalTime(),
                await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5)));
        }

        return entries;
    }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The parameter value for an instant in the <c>at</c> column (already UTC, whole microseconds).</summary>
    protected virtual object ToDbTime(DateTimeOffset utc) => utc;

    private object ToStoredTime(DateTimeOffset at) => ToDbTime(AuditTime.ToStoredPrecision(at));
}
