using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.AssignLicense;

namespace BenefitsBot.Graph;

internal sealed partial class GraphTenantDirectory
{
    public Task<IReadOnlyList<LicenseSku>> GetSubscribedSkusAsync(string tenantId, CancellationToken cancellationToken = default) =>
        CallAsync<IReadOnlyList<LicenseSku>>(tenantId, GraphOperation.ReadSubscribedSkus, async (graph, ct) =>
        {
            var page = await graph.SubscribedSkus.GetAsync(cancellationToken: ct).ConfigureAwait(false);
            return [.. (page?.Value ?? []).Where(s => s.SkuId is not null).Select(ToSku)];
        }, cancellationToken);

    public Task<LicenseAssignmentResult> AssignLicenseAsync(string tenantId, string userId, Guid skuId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return CallAsync(tenantId, GraphOperation.AssignLicense, async (graph, ct) =>
        {
            var body = new AssignLicensePostRequestBody
            {
                AddLicenses = [new AssignedLicense { SkuId = skuId, DisabledPlans = [] }],
                RemoveLicenses = [], // required by Graph; a null list is left out of the JSON and rejected with 400
            };
            var user = await graph.Users[userId].AssignLicense.PostAsync(body, cancellationToken: ct).ConfigureAwait(false);
            return new LicenseAssignmentResult(user?.Id ?? userId, user?.DisplayName, skuId);
        }, cancellationToken);
    }

    private static LicenseSku ToSku(SubscribedSku sku) =>
        new(sku.SkuId!.Value, sku.SkuPartNumber ?? string.Empty, sku.PrepaidUnits?.Enabled ?? 0, sku.ConsumedUnits ?? 0, sku.CapabilityStatus);
}
