namespace BenefitsBot.Graph;

/// <summary>The Entra directory roles of one user. Partner Center roles are never here (Graph cannot see them).</summary>
public sealed record DirectoryRoles(string UserObjectId, IReadOnlyList<DirectoryRole> Roles)
{
    public IReadOnlySet<AdminRole> AdminRoles => Roles.Where(r => r.AdminRole is not null).Select(r => r.AdminRole!.Value).ToHashSet();

    public bool Has(AdminRole role) => Roles.Any(r => r.AdminRole == role);
}
