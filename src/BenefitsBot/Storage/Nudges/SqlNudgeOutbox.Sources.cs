using System.Data.Common;
using System.Runtime.CompilerServices;
using BenefitsBot.Storage.Relational;

namespace BenefitsBot.Storage.Nudges;

/// <summary>
/// Planner input in one ordered scan of <c>tenant_records</c>: one query for all tenants instead of several per tenant
/// (10,000 tenants would otherwise cost tens of thousands of round trips).
/// </summary>
public abstract partial class SqlNudgeOutbox : INudgeSources
{
    public async IAsyncEnumerable<TenantNudgeData> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = SourcesCommand(connection, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        TenantNudgeData? current = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var tenant = reader.GetString(0);
            if (current is not null && current.TenantId != tenant)
            {
                yield return current;
                current = null;
            }

            current ??= new TenantNudgeData(tenant);
            current.Add(reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    public async Task<TenantNudgeData> ReadTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = SourcesCommand(connection, tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var data = new TenantNudgeData(tenantId);
        while (await reader.ReadAsync(cancellationToken))
        {
            data.Add(reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
        }

        return data;
    }

    private static DbCommand SourcesCommand(DbConnection connection, string? tenantId)
    {
        var kinds = string.Join(", ", TenantNudgeData.Kinds.Select((_, i) => "@k" + i));
        var command = Command(connection, null, $"""
            SELECT tenant_id, kind, json, version FROM tenant_records
            WHERE kind IN ({kinds}){(tenantId is null ? string.Empty : " AND tenant_id = @tenant")}
            ORDER BY tenant_id, kind, record_id
            """);
        for (var i = 0; i < TenantNudgeData.Kinds.Count; i++)
        {
            command.AddParameter("k" + i, TenantNudgeData.Kinds[i]);
        }

        if (tenantId is not null)
        {
            command.AddParameter("tenant", tenantId);
        }

        return command;
    }
}
