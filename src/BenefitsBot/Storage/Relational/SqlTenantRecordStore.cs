using System.Text.Json;
using BenefitsBot.Storage.Tenants;
using Dapper;

namespace BenefitsBot.Storage.Relational;

/// <summary>
/// <see cref="ITenantRecordStore"/> over the <c>tenant_records</c> table, with SQL both SQLite and PostgreSQL accept.
/// Each write is one statement, so it is atomic without explicit transactions or table locks: the version check sits in
/// its WHERE clause (or ON CONFLICT for inserts) and the affected row count says whether this caller won.
/// </summary>
public sealed class SqlTenantRecordStore(RelationalDatabase database) : ITenantRecordStore
{
    private readonly string insert = $"""
        INSERT INTO tenant_records (tenant_id, kind, record_id, version, json, updated_at)
        VALUES (@tenant, @kind, @id, 1, {database.Json("@json")}, @at) ON CONFLICT (tenant_id, kind, record_id) DO NOTHING
        """;

    private readonly string update = $"""
        UPDATE tenant_records SET version = version + 1, json = {database.Json("@json")}, updated_at = @at
        WHERE tenant_id = @tenant AND kind = @kind AND record_id = @id AND version = @expected
        """;

    public async Task<Versioned<T>?> FindAsync<T>(string tenantId, string recordId, CancellationToken cancellationToken)
        where T : ITenantRecord<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        var found = await QueryAsync<T>(tenantId, recordId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Versioned<T>>> ListAsync<T>(string tenantId, CancellationToken cancellationToken)
        where T : ITenantRecord<T> => QueryAsync<T>(tenantId, null, cancellationToken);

    public async Task<Versioned<T>> InsertAsync<T>(string tenantId, T record, CancellationToken cancellationToken)
        where T : ITenantRecord<T>
    {
        ArgumentNullException.ThrowIfNull(record);
        await WriteAsync<T>(tenantId, record.RecordId, record, 0, insert, cancellationToken);
        return new Versioned<T>(record, 1);
    }

    public async Task<Versioned<T>> UpdateAsync<T>(string tenantId, T record, long expectedVersion, CancellationToken cancellationToken)
        where T : ITenantRecord<T>
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedVersion, 1);
        await WriteAsync<T>(tenantId, record.RecordId, record, expectedVersion, update, cancellationToken);
        return new Versioned<T>(record, expectedVersion + 1);
    }

    public Task DeleteAsync<T>(string tenantId, string recordId, long expectedVersion, CancellationToken cancellationToken)
        where T : ITenantRecord<T> =>
        WriteAsync<T>(tenantId, recordId, default, expectedVersion,
            "DELETE FROM tenant_records WHERE tenant_id = @tenant AND kind = @kind AND record_id = @id AND version = @expected", cancellationToken);

    private async Task WriteAsync<T>(string tenantId, string recordId, T? record, long expectedVersion, string sql, CancellationToken cancellationToken)
        where T : ITenantRecord<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        var parameters = new DynamicParameters(new { tenant = tenantId, kind = T.RecordKind, id = recordId, expected = expectedVersion });
        if (record is not null)
        {
            parameters.AddDynamicParams(new { json = JsonSerializer.Serialize(record, T.JsonType), at = database.Now() });
        }

        await using var connection = await database.ConnectAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) == 0)
        {
            throw new ConcurrencyConflictException(T.RecordKind, recordId, expectedVersion);
        }
    }

    private async Task<IReadOnlyList<Versioned<T>>> QueryAsync<T>(string tenantId, string? recordId, CancellationToken cancellationToken)
        where T : ITenantRecord<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT json, version FROM tenant_records WHERE tenant_id = @tenant AND kind = @kind"
                + (recordId is null ? string.Empty : " AND record_id = @id") + " ORDER BY record_id",
            new { tenant = tenantId, kind = T.RecordKind, id = recordId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new Versioned<T>(JsonSerializer.Deserialize(r.Json, T.JsonType)!, r.Version))];
    }

    private sealed class Row
    {
        public string Json { get; set; } = string.Empty;

        public long Version { get; set; }
    }
}
