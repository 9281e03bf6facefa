using System.Runtime.CompilerServices;
using Dapper;

namespace BenefitsBot.Storage.Nudges;

/// <summary>
/// Planner input in one ordered scan of <c>tenant_records</c>: one query for all tenants instead of several per tenant
/// (10,000 tenants would otherwise cost tens of thousands of round trips).
/// </summary>
public sealed partial class SqlNudgeOutbox : INudgeSources
{
    public async IAsyncEnumerable<TenantNudgeData> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        TenantNudgeData? current = null;
        await foreach (var record in connection.QueryUnbufferedAsync<SourceRecord>(SourcesSql(null), SourcesParameters(null)).WithCancellation(cancellationToken))
        {
            if (current is not null && current.TenantId != record.TenantId)
            {
                yield return current;
                current = null;
            }

            current ??= new TenantNudgeData(record.TenantId);
            current.Add(record.Kind, record.Json, record.Version);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    public async Task<TenantNudgeData> ReadTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        var data = new TenantNudgeData(tenantId);
        foreach (var record in await connection.QueryAsync<SourceRecord>(new CommandDefinition(SourcesSql(tenantId), SourcesParameters(tenantId), cancellationToken: cancellationToken)))
        {
            data.Add(record.Kind, record.Json, record.Version);
        }

        return data;
    }

    /// <summary>
    /// The records the planner reads, one parameter per kind: Dapper's own list expansion (<c>IN @kinds</c>) passes an array
    /// to Npgsql instead, which PostgreSQL accepts only as <c>= ANY(…)</c> and SQLite not at all.
    /// </summary>
    private static string SourcesSql(string? tenantId) => $"""
        SELECT tenant_id, kind, json, version FROM tenant_records
        WHERE kind IN ({string.Join(", ", TenantNudgeData.Kinds.Select((_, i) => "@k" + i))}){(tenantId is null ? string.Empty : " AND tenant_id = @tenantId")}
        ORDER BY tenant_id, kind, record_id
        """;

    private static DynamicParameters SourcesParameters(string? tenantId)
    {
        var parameters = new DynamicParameters(new { tenantId });
        for (var i = 0; i < TenantNudgeData.Kinds.Count; i++)
        {
            parameters.Add("k" + i, TenantNudgeData.Kinds[i]);
        }

        return parameters;
    }

    private sealed class SourceRecord
    {
        public string TenantId { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string Json { get; set; } = string.Empty;

        public long Version { get; set; }
    }
}
