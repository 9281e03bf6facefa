using System.Data.Common;
using System.Text.Json;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Storage.Relational;

/// <summary>
/// <see cref="ITenantRecordStore"/> over the <c>tenant_records</c> table, with SQL both SQLite and PostgreSQL accept.
/// Each write is one statement, so it is atomic without explicit transactions or table locks: the version check sits in
/// its WHERE clause (or ON CONFLICT for inserts) and the affected row count says whether this caller won.
/// </summary>
public abstract class SqlTenantRecordStore : ITenantRecordStore
{
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
        await WriteAsync<T>(tenantId, record.RecordId, record, 0, """
            INSERT INTO tenant_records (tenant_id, kind, record_id, version, json, updated_at)
            VALUES (@tenant, @kind, @id, 1, @json, @at) ON CONFLICT (tenant_id, kind, record_id) DO NOTHING
            """, cancellationToken);
        return new Versioned<T>(record, 1);
    }

    public async Task<Versioned<T>> UpdateAsync<T>(string tenantId, T record, long expectedVersion, CancellationToken cancellationToken)
        where T : ITenantRecord<T>
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedVersion, 1);
        await WriteAsync<T>(tenantId, record.RecordId, record, expectedVersion, """
            UPDATE tenant_records SET version = version + 1, json = @json, updated_at = @at
            WHERE tenant_id = @tenant AND kind = @kind AND record_id = @id AND version = @expected
            """, cancellationToken);
        return new Versioned<T>(record, expectedVersion + 1);
    }

    public Task DeleteAsync<T>(string tenantId, string recordId, long expectedVersion, CancellationToken cancellationToken)
        where T : ITenantRecord<T> =>
        WriteAsync<T>(tenantId, recordId, default, expectedVersion,
            "DELETE FROM tenant_records WHERE tenant_id = @tenant AND kind = @kind AND record_id = @id AND version = @expected", cancellationToken);

    /// <summary>An open connection on the migrated database.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Gives the JSON parameter the provider's column type where text does not convert by itself.</summary>
    protected virtual void MarkAsJson(DbParameter parameter)
    {
    }

    private async Task WriteAsync<T>(string tenantId, string recordId, T? record, long expectedVersion, string sql, CancellationToken cancellationToken)
        where T : ITenantRecord<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddKey<T>(command, tenantId, recordId);
        if (record is not null)
        {
            MarkAsJson(command.AddParameter("json", JsonSerializer.Serialize(record, T.JsonType)));
            command.AddParameter("at", DateTimeOffset.UtcNow);
        }

        if (expectedVersion > 0)
        {
            command.AddParameter("expected", expectedVersion);
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new ConcurrencyConflictException(T.RecordKind, recordId, expectedVersion);
        }
    }

    private async Task<IReadOnlyList<Versioned<T>>> QueryAsync<T>(string tenantId, string? recordId, CancellationToken cancellationToken)
        where T : ITenantRecord<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, version FROM tenant_records WHERE tenant_id = @tenant AND kind = @kind"
            + (recordId is null ? string.Empty : " AND record_id = @id") + " ORDER BY record_id";
        AddKey<T>(command, tenantId, recordId);
        var records = new List<Versioned<T>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new Versioned<T>(JsonSerializer.Deserialize(reader.GetString(0), T.JsonType)!, reader.GetInt64(1)));
        }

        return records;
    }

    private static void AddKey<T>(DbCommand command, string tenantId, string? recordId)
        where T : ITenantRecord<T>
    {
        command.AddParameter("tenant", tenantId);
        command.AddParameter("kind", T.RecordKind);
        if (recordId is not null)
        {
            command.AddParameter("id", recordId);
        }
    }
}
