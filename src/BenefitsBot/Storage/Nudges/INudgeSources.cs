namespace BenefitsBot.Storage.Nudges;

/// <summary>The tenant data the planner works from, read straight from <c>tenant_records</c> (all tenants at once, or one).</summary>
public interface INudgeSources
{
    /// <summary>Every tenant that has any record the planner reads, one at a time in tenant id order, streamed.</summary>
    IAsyncEnumerable<TenantNudgeData> ReadAllAsync(CancellationToken cancellationToken);

    Task<TenantNudgeData> ReadTenantAsync(string tenantId, CancellationToken cancellationToken);
}
