namespace BenefitsBot.Graph;

/// <summary>
/// Entra built-in role template ids (the same in every tenant, unlike a role's object id) of the <see cref="AdminRole"/>s
/// that Entra holds. See learn.microsoft.com "Microsoft Entra built-in roles".
/// </summary>
public static class KnownDirectoryRoles
{
    public static readonly Guid GlobalAdministrator = new("62e90394-69f5-4237-9190-012177145e10");
    public static readonly Guid UserAdministrator = new("fe930be7-5e62-47db-91af-98c3a49a38b1");
    public static readonly Guid BillingAdministrator = new("b0f54661-2d74-4c50-afa3-1ec803f12efe");

    private static readonly Dictionary<Guid, AdminRole> ByTemplateId = new()
    {
        [GlobalAdministrator] = AdminRole.GlobalAdministrator,
        [UserAdministrator] = AdminRole.UserAdministrator,
        [BillingAdministrator] = AdminRole.BillingAdministrator,
    };

    /// <summary>The admin role a template id stands for; null for roles the articles do not name.</summary>
    public static AdminRole? ToAdminRole(Guid roleTemplateId) =>
        ByTemplateId.TryGetValue(roleTemplateId, out var role) ? role : null;
}
