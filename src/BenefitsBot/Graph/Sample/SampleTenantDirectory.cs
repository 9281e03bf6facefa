using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Graph.Sample;

/// <summary>
/// <see cref="ITenantDirectory"/> over the built-in sample tenant (<c>sample-directory.json</c>), for trying the admin dialogs
/// locally with no Azure: Development only, when no Graph credentials are configured (see <see cref="GraphOptions.SampleDirectory"/>).
/// It answers for whatever tenant id an activity carries (the Playground's is not even a GUID), each with its own seats and
/// licenses, in memory, and fails where Graph fails (unknown user: NotFound; no free seat, unknown SKU: Rejected).
/// </summary>
internal sealed partial class SampleTenantDirectory : ITenantDirectory
{
    private readonly SampleDirectoryData data;
    private readonly Dictionary<string, SampleUser> usersById;
    private readonly Dictionary<string, SampleRole> rolesByName;
    private readonly ConcurrentDictionary<string, SampleTenantLicenses> tenants = new(StringComparer.OrdinalIgnoreCase);

    public SampleTenantDirectory(ILogger<SampleTenantDirectory> logger)
        : this(SampleDirectoryData.Load())
    {
        LogSampleInUse(logger, data.Organization.DisplayName, data.Users.Count);
    }

    internal SampleTenantDirectory(SampleDirectoryData data)
    {
        this.data = data;
        usersById = data.Users.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
        rolesByName = data.DirectoryRoles.ToDictionary(r => r.DisplayName, StringComparer.Ordinal);
    }

    public Task<TenantDetails> GetTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return Task.FromResult(new TenantDetails(tenantId, data.Organization.DisplayName, data.Organization.VerifiedDomains));
    }

    public Task<IReadOnlyList<DirectoryUser>> SearchUsersAsync(string tenantId, string query, int top, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);

        // The same properties and prefix match as the Graph client's $filter (UserSearchFilter), ignoring case like Graph does.
        var prefix = query.Trim();
        IReadOnlyList<DirectoryUser> found =
        [
            .. data.Users
                .Where(u => prefix.Length == 0 || new[] { u.DisplayName, u.GivenName, u.Surname, u.Mail, u.UserPrincipalName }
                    .Any(p => p?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true))
                .Take(top)
                .Select(u => new DirectoryUser(u.Id, u.DisplayName, u.Mail, u.UserPrincipalName, u.UserType, u.AccountEnabled)),
        ];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<LicenseSku>> GetSubscribedSkusAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return Task.FromResult(LicensesOf(tenantId).Skus());
    }

    public Task<LicenseAssignmentResult> AssignLicenseAsync(string tenantId, string userId, Guid skuId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var user = Find(userId);
        LicensesOf(tenantId).Assign(user.Id, skuId);
        return Task.FromResult(new LicenseAssignmentResult(user.Id, user.DisplayName, skuId));
    }

    public Task<DirectoryRoles> GetDirectoryRolesAsync(string tenantId, string userObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var user = Find(userObjectId);
        IReadOnlyList<DirectoryRole> roles =
        [
            .. user.Roles.Select(name => rolesByName[name])
                .Select(r => new DirectoryRole(r.RoleTemplateId, r.DisplayName, KnownDirectoryRoles.ToAdminRole(r.RoleTemplateId))),
        ];
        return Task.FromResult(new DirectoryRoles(userObjectId, roles));
    }

    private SampleUser Find(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return usersById.TryGetValue(userId, out var user)
            ? user
            : throw new TenantDirectoryException(
                TenantDirectoryErrorKind.NotFound,
                $"User {userId} is not in the sample directory (it holds the Agents Playground's built-in users).",
                innerException: null) { StatusCode = 404 };
    }

    private SampleTenantLicenses LicensesOf(string tenantId) => tenants.GetOrAdd(tenantId, _ => new SampleTenantLicenses(data.SubscribedSkus));

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Microsoft Graph: reading the built-in sample directory ({Organization}, {Users} users) because Graph:SampleDirectory is on in Development without Graph credentials; every card says so")]
    private static partial void LogSampleInUse(ILogger logger, string organization, int users);
}
