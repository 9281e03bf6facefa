using BenefitsBot.Graph;
using BenefitsBot.Graph.Sample;
using Microsoft.Extensions.Logging.Abstractions;

namespace BenefitsBot.Tests.Graph;

/// <summary>The built-in sample tenant: who is an admin there (the Playground's users), and seats checked the way Graph checks them.</summary>
public sealed class SampleTenantDirectoryTests
{
    /// <summary>The Agents Playground's built-in tenant id and users (its default <c>.m365agentsplayground.yml</c>); neither is a GUID.</summary>
    private const string PlaygroundTenant = "00000000-0000-0000-0000-0000000000001";
    private const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";
    private const string PlaygroundNonAdmin = "00000000-0000-0000-0000-0000000000023";

    private static readonly Guid BusinessPremium = new("cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46");
    private static readonly Guid FullOfficeE3 = new("6fd2c87f-b296-42f0-b197-1e91e994b900");

    private readonly SampleTenantDirectory directory = new(NullLogger<SampleTenantDirectory>.Instance);

    [Fact]
    public async Task GetDirectoryRolesAsync_PlaygroundDefaultUser_GlobalAdministrator()
    {
        var roles = await directory.GetDirectoryRolesAsync(PlaygroundTenant, PlaygroundUser);

        Assert.Equal([AdminRole.GlobalAdministrator], roles.AdminRoles);
    }

    [Fact]
    public async Task GetDirectoryRolesAsync_SampleUserWithoutAdminRole_NoAdminRoles()
    {
        var roles = await directory.GetDirectoryRolesAsync(PlaygroundTenant, PlaygroundNonAdmin);

        Assert.Empty(roles.Roles);
    }

    [Fact]
    public async Task GetDirectoryRolesAsync_RoleTheArticlesDoNotName_HeldButNoAdminRole()
    {
        var patti = Assert.Single(await directory.SearchUsersAsync(PlaygroundTenant, "Patti", 5));

        var roles = await directory.GetDirectoryRolesAsync(PlaygroundTenant, patti.Id);

        Assert.Equal("Helpdesk Administrator", Assert.Single(roles.Roles).DisplayName);
        Assert.Empty(roles.AdminRoles);
    }

    [Fact]
    public async Task GetDirectoryRolesAsync_UnknownUser_NotFound()
    {
        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.GetDirectoryRolesAsync(PlaygroundTenant, "someone-else"));

        Assert.Equal(TenantDirectoryErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task GetTenantAsync_AnyTenantId_SampleOrganizationUnderThatId()
    {
        var tenant = await directory.GetTenantAsync(PlaygroundTenant);

        Assert.Equal(PlaygroundTenant, tenant.Id);
        Assert.Equal("Contoso Sample Organization", tenant.DisplayName);
        Assert.Equal("example.com", tenant.DefaultDomain);
    }

    [Fact]
    public async Task SearchUsersAsync_BlankQuery_ADozenUsersWithAGuestAndAnAdminOfEachEntraKind()
    {
        var everyone = await directory.SearchUsersAsync(PlaygroundTenant, " ", 999);
        var roles = await Task.WhenAll(everyone.Select(u => directory.GetDirectoryRolesAsync(PlaygroundTenant, u.Id)));

        Assert.Equal(12, everyone.Count);
        Assert.Single(everyone, u => u.IsGuest);
        Assert.Equal(
            [AdminRole.GlobalAdministrator, AdminRole.UserAdministrator, AdminRole.BillingAdministrator],
            roles.SelectMany(r => r.AdminRoles).Order());
    }

    [Theory]
    [InlineData("meg", "Megan Bowen")]
    [InlineData("LANGER", "Isaiah Langer")]
    [InlineData("pradeep@fabrikam", "Pradeep Gupta (Fabrikam)")]
    public async Task SearchUsersAsync_PrefixOfNameOrMail_FindsTheUser(string query, string expected)
    {
        var found = await directory.SearchUsersAsync(PlaygroundTenant, query, 10);

        Assert.Equal(expected, Assert.Single(found).DisplayName);
    }

    [Fact]
    public async Task SearchUsersAsync_MiddleOfAName_NoMatchLikeGraphsStartswith()
    {
        Assert.Empty(await directory.SearchUsersAsync(PlaygroundTenant, "owen", 10));
    }

    [Fact]
    public async Task AssignLicenseAsync_FreeSeat_TakesOneSeatInThatTenantOnly()
    {
        var before = Seats(await directory.GetSubscribedSkusAsync("tenant-a"), BusinessPremium);

        await directory.AssignLicenseAsync("tenant-a", PlaygroundNonAdmin, BusinessPremium);
        await directory.AssignLicenseAsync("tenant-a", PlaygroundNonAdmin, BusinessPremium);

        Assert.Equal(before - 1, Seats(await directory.GetSubscribedSkusAsync("tenant-a"), BusinessPremium));
        Assert.Equal(before, Seats(await directory.GetSubscribedSkusAsync("tenant-b"), BusinessPremium));
    }

    [Fact]
    public async Task AssignLicenseAsync_NoFreeSeat_RejectedLikeGraph()
    {
        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.AssignLicenseAsync(PlaygroundTenant, PlaygroundUser, FullOfficeE3));

        Assert.Equal(TenantDirectoryErrorKind.Rejected, error.Kind);
        Assert.Contains("does not have any available licenses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignLicenseAsync_UnknownSku_Rejected()
    {
        var error = await Assert.ThrowsAsync<TenantDirectoryException>(() => directory.AssignLicenseAsync(PlaygroundTenant, PlaygroundUser, Guid.NewGuid()));

        Assert.Equal(TenantDirectoryErrorKind.Rejected, error.Kind);
    }

    private static int Seats(IReadOnlyList<LicenseSku> skus, Guid skuId) => skus.Single(s => s.SkuId == skuId).FreeUnits;
}
