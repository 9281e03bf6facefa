using System.Collections.Concurrent;
using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Nudges;

/// <summary>
/// A tenant's data read once for the many nudges of one send run, for a few seconds only, so that a renewal recorded
/// meanwhile still stops the tenant's later nudges of the same run.
/// </summary>
internal sealed class TenantDataCache(INudgeSources sources, TimeProvider time)
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, (Lazy<Task<TenantNudgeData>> Data, DateTimeOffset ReadAt)> entries = new(StringComparer.Ordinal);

    public Task<TenantNudgeData> GetAsync(string tenantId)
    {
        var now = time.GetUtcNow();
        var entry = entries.AddOrUpdate(
            tenantId,
            id => (Read(id), now),
            (id, existing) => now - existing.ReadAt < FreshFor ? existing : (Read(id), now));
        return entry.Data.Value;
    }

    private Lazy<Task<TenantNudgeData>> Read(string tenantId) => new(() => sources.ReadTenantAsync(tenantId, CancellationToken.None));
}
