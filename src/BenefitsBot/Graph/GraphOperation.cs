namespace BenefitsBot.Graph;

/// <summary>One kind of Graph call and the least-privileged application permission it needs (named in 403 messages and the README).</summary>
public sealed record GraphOperation(string Description, string Permission)
{
    public static readonly GraphOperation ReadTenant = new("read the tenant details (/organization)", "Organization.Read.All");
    public static readonly GraphOperation SearchUsers = new("search users (/users)", "User.Read.All");
    public static readonly GraphOperation ReadSubscribedSkus = new("read subscribed SKUs (/subscribedSkus)", "Organization.Read.All");
    public static readonly GraphOperation AssignLicense = new("assign a license (/users/{id}/assignLicense)", "LicenseAssignment.ReadWrite.All");
    public static readonly GraphOperation ReadDirectoryRoles = new("read a user's directory roles (/users/{id}/transitiveMemberOf)", "Directory.Read.All");

    public static IReadOnlyList<GraphOperation> All { get; } = [ReadTenant, SearchUsers, ReadSubscribedSkus, AssignLicense, ReadDirectoryRoles];
}
