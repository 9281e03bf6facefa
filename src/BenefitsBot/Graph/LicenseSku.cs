namespace BenefitsBot.Graph;

/// <summary>A subscribed SKU and its seats (<c>prepaidUnits.enabled</c> minus <c>consumedUnits</c> are free).</summary>
public sealed record LicenseSku(Guid SkuId, string SkuPartNumber, int EnabledUnits, int ConsumedUnits, string? CapabilityStatus)
{
    /// <summary>Seats left to assign; never negative (consumed can exceed enabled while a subscription is in its grace period).</summary>
    public int FreeUnits => Math.Max(0, EnabledUnits - ConsumedUnits);
}
