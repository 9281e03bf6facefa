namespace BenefitsBot.Storage.Tenants;

/// <summary>
/// Per-tenant records with optimistic concurrency. Every call takes the tenant id, and no call reaches another tenant's rows,
/// even with that tenant's record id. Pattern for a change: find, modify, <see cref="UpdateAsync"/>; on
/// <see cref="ConcurrencyConflictException"/> find again and retry.
/// </summary>
/// <remarks>
/// Design: one versioned table <c>tenant_records(tenant_id, kind, record_id, version, json, updated_at)</c> instead of a
/// table per type. One place enforces tenant scoping and the version check; a new record type or field needs no migration;
/// typed access comes from <see cref="ITenantRecord{TSelf}"/>. The records are small and read whole, so JSON costs little.
/// </remarks>
public interface ITenantRecordStore
{
    Task<Versioned<T>?> FindAsync<T>(string tenantId, string recordId, CancellationToken cancellationToken)
        where T : ITenantRecord<T>;

    /// <summary>All records of one kind for the tenant, ordered by record id.</summary>
    Task<IReadOnlyList<Versioned<T>>> ListAsync<T>(string tenantId, CancellationToken cancellationToken)
        where T : ITenantRecord<T>;

    /// <summary>Creates the record at version 1 if absent; throws <see cref="ConcurrencyConflictException"/> if it exists.</summary>
    Task<Versioned<T>> InsertAsync<T>(string tenantId, T record, CancellationToken cancellationToken)
        where T : ITenantRecord<T>;

    /// <summary>Replaces the record if it is still at <paramref name="expectedVersion"/>; returns it at the next version.</summary>
    Task<Versioned<T>> UpdateAsync<T>(string tenantId, T record, long expectedVersion, CancellationToken cancellationToken)
        where T : ITenantRecord<T>;

    /// <summary>Deletes the record if it is still at <paramref name="expectedVersion"/>.</summary>
    Task DeleteAsync<T>(string tenantId, string recordId, long expectedVersion, CancellationToken cancellationToken)
        where T : ITenantRecord<T>;
}
