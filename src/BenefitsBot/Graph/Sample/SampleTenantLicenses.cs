namespace BenefitsBot.Graph.Sample;

/// <summary>One tenant's seats in the sample directory: what <c>assignLicense</c> changed since start-up, checked like Graph checks it.</summary>
internal sealed class SampleTenantLicenses(IReadOnlyList<SampleSku> skus)
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, LicenseSku> seats = skus.ToDictionary(
        s => s.SkuId,
        s => new LicenseSku(s.SkuId, s.SkuPartNumber, s.EnabledUnits, s.ConsumedUnits, s.CapabilityStatus));

    private readonly HashSet<(string UserId, Guid SkuId)> assigned = [];

    public IReadOnlyList<LicenseSku> Skus()
    {
        lock (gate)
        {
            return [.. seats.Values];
        }
    }

    /// <summary>Takes a free seat; a license the user already holds takes none (Graph's assignLicense is idempotent for it).</summary>
    public void Assign(string userId, Guid skuId)
    {
        lock (gate)
        {
            if (!seats.TryGetValue(skuId, out var sku))
            {
                throw Rejected($"License {skuId} does not correspond to a valid company License.");
            }

            if (assigned.Contains((userId, skuId)))
            {
                return;
            }

            if (sku.FreeUnits == 0)
            {
                throw Rejected($"Subscription {skuId} does not have any available licenses.");
            }

            seats[skuId] = sku with { ConsumedUnits = sku.ConsumedUnits + 1 };
            assigned.Add((userId, skuId));
        }
    }

    private static TenantDirectoryException Rejected(string message) =>
        new(TenantDirectoryErrorKind.Rejected, message, innerException: null) { StatusCode = 400, GraphErrorCode = "Request_BadRequest" };
}
