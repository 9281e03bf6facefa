namespace BenefitsBot.Graph;

internal sealed partial class GraphTenantDirectory
{
    public Task<DirectoryRoles> GetDirectoryRolesAsync(string tenantId, string userObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userObjectId);
        return CallAsync(tenantId, GraphOperation.ReadDirectoryRoles, async (graph, ct) =>
        {
            // Transitive: a role held through a role-assignable group counts as much as a direct one.
            var page = await graph.Users[userObjectId].TransitiveMemberOf.GraphDirectoryRole
                .GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "roleTemplateId"], ct).ConfigureAwait(false);
            var roles = (page?.Value ?? [])
                .Where(r => Guid.TryParse(r.RoleTemplateId, out _))
                .Select(r =>
                {
                    var templateId = Guid.Parse(r.RoleTemplateId!);
                    return new DirectoryRole(templateId, r.DisplayName ?? string.Empty, KnownDirectoryRoles.ToAdminRole(templateId));
                });
            return new DirectoryRoles(userObjectId, [.. roles]);
        }, cancellationToken);
    }
}
