using BenefitsBot.Storage.Audit;
using Dapper;

namespace BenefitsBot.Storage.Relational;

/// <summary><see cref="IAuditLog"/> over the <c>audit_log</c> table, with SQL both SQLite and PostgreSQL accept.</summary>
public sealed class SqlAuditLog(RelationalDatabase database) : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.TenantId);
        ArgumentException.ThrowIfNullOrEmpty(entry.ActorObjectId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (tenant_id, actor_id, action, target, result, at, detail)
            VALUES (@TenantId, @ActorObjectId, @Action, @Target, @Result, @At, @Detail)
            """,
            new { entry.TenantId, entry.ActorObjectId, entry.Action, entry.Target, Result = entry.Result.ToString(), entry.At, entry.Detail },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(string tenantId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT actor_id, action, target, result, at, detail FROM audit_log
            WHERE tenant_id = @tenantId AND at >= @since AND at < @until ORDER BY at, id
            """,
            new { tenantId, since, until },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AuditEntry(tenantId, r.ActorId, r.Action, r.Target, Enum.Parse<AuditResult>(r.Result), r.At, r.Detail))];
    }

    private sealed class Row
    {
        public string ActorId { get; set; } = string.Empty;

        public string Action { get; set; } = string.Empty;

        public string Target { get; set; } = string.Empty;

        public string Result { get; set; } = string.Empty;

        public DateTimeOffset At { get; set; }

        public string? Detail { get; set; }
    }
}
