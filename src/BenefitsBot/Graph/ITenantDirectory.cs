namespace BenefitsBot.Graph;

/// <summary>
/// What the admin dialogs read from and write to a customer tenant's directory through Microsoft Graph (app-only).
/// Every call names the tenant of the authenticated activity, so one tenant's dialog can never read another's directory.
/// Failures surface as <see cref="TenantDirectoryException"/>.
/// </summary>
public interface ITenantDirectory
{
    /// <summary>The organization: display name, id, verified domains and the default one (<c>GET /organization</c>).</summary>
    Task<TenantDetails> GetTenantAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Members and guests whose display name, given name, surname, mail or user principal name starts with <paramref name="query"/>; at most <paramref name="top"/> (1–999).</summary>
    Task<IReadOnlyList<DirectoryUser>> SearchUsersAsync(string tenantId, string query, int top, CancellationToken cancellationToken = default);

    /// <summary>The tenant's subscribed SKUs with enabled, consumed and free seats (<c>GET /subscribedSkus</c>).</summary>
    Task<IReadOnlyList<LicenseSku>> GetSubscribedSkusAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Adds one license of <paramref name="skuId"/> to the user (<c>POST /users/{id}/assignLicense</c>); throws <see cref="TenantDirectoryException"/> (Rejected) when Graph refuses it, e.g. no free seat.</summary>
    Task<LicenseAssignmentResult> AssignLicenseAsync(string tenantId, string userId, Guid skuId, CancellationToken cancellationToken = default);

    /// <summary>The Entra directory roles the user holds, directly or through role-assignable groups (<c>/users/{id}/transitiveMemberOf/microsoft.graph.directoryRole</c>).</summary>
    Task<DirectoryRoles> GetDirectoryRolesAsync(string tenantId, string userObjectId, CancellationToken cancellationToken = default);
}
