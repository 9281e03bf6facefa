using Microsoft.Graph.Models;

namespace BenefitsBot.Graph;

internal sealed partial class GraphTenantDirectory
{
    public Task<TenantDetails> GetTenantAsync(string tenantId, CancellationToken cancellationToken = default) =>
        CallAsync(tenantId, GraphOperation.ReadTenant, async (graph, ct) =>
        {
            var page = await graph.Organization.GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "verifiedDomains"], ct).ConfigureAwait(false);
            var organization = page?.Value?.FirstOrDefault()
                ?? throw new TenantDirectoryException(TenantDirectoryErrorKind.NotFound, $"Graph returned no organization for tenant {tenantId}.", innerException: null);
            return ToTenant(organization);
        }, cancellationToken);

    private static TenantDetails ToTenant(Organization organization) => new(
        organization.Id ?? string.Empty,
        organization.DisplayName ?? string.Empty,
        [.. (organization.VerifiedDomains ?? []).Where(d => d.Name is not null).Select(d => new TenantDomain(d.Name!, d.IsDefault == true, d.IsInitial == true))]);
}
