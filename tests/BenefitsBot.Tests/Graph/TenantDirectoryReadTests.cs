using BenefitsBot.Graph;
using static BenefitsBot.Tests.Graph.TenantDirectoryFixture;

namespace BenefitsBot.Tests.Graph;

public sealed class TenantDirectoryReadTests : IClassFixture<TenantDirectoryFixture>
{
    private readonly TenantDirectoryFixture fixture;
    private readonly ITenantDirectory directory;

    public TenantDirectoryReadTests(TenantDirectoryFixture fixture)
    {
        this.fixture = fixture;
        fixture.Seed();
        directory = fixture.CreateDirectory();
    }

    [Fact]
    public async Task GetTenantAsync_SeededOrganization_ReturnsNameIdAndDomains()
    {
        var tenant = await directory.GetTenantAsync(TenantId);

        Assert.Equal(TenantId, tenant.Id);
        Assert.Equal("Contoso Partners AB", tenant.DisplayName);
        Assert.Equal(["contosopartners.onmicrosoft.com", "contoso.se"], tenant.VerifiedDomains.Select(d => d.Name));
        Assert.Equal("contoso.se", tenant.DefaultDomain);
        Assert.True(tenant.VerifiedDomains[0].IsInitial);
    }

    [Fact]
    public async Task GetTenantAsync_ClientSecretCredential_SendsTokenIssuedForThatTenantAndGraphScope()
    {
        var tenantId = Guid.NewGuid().ToString();

        await directory.GetTenantAsync(tenantId);

        var token = Assert.Single(fixture.Identity.TokenRequests, r => r.Tenant == tenantId);
        Assert.Equal(ClientId, token.ClientId);
        Assert.Equal("https://graph.microsoft.com/.default", token.Scope);
        var request = Assert.Single(fixture.Graph.Requests, r => r.Path == "/v1.0/organization");
        Assert.StartsWith("Bearer ey", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("id,displayName,verifiedDomains", request.QueryValue("$select"));
        Assert.StartsWith("graph-dotnet-core/", request.Header("SdkVersion"), StringComparison.Ordinal); // Graph's middleware is in the pooled client
    }

    [Fact]
    public async Task SearchUsersAsync_NamePrefix_FindsMembersAndGuestsWithoutAdvancedQuery()
    {
        var users = await directory.SearchUsersAsync(TenantId, "al", top: 10);

        Assert.Equal(["u-alice", "u-alex", "u-guest"], users.Select(u => u.Id));
        Assert.True(users.Single(u => u.Id == "u-guest").IsGuest);
        Assert.False(users.Single(u => u.Id == "u-alice").IsGuest);
        var request = Assert.Single(fixture.Graph.Requests, r => r.Path == "/v1.0/users");
        Assert.Null(request.Header("ConsistencyLevel"));
        Assert.Equal("10", request.QueryValue("$top"));
    }

    [Fact]
    public async Task SearchUsersAsync_PrefixOfGuestsRealMail_FindsGuestWithReadableContact()
    {
        var users = await directory.SearchUsersAsync(TenantId, "alva@fab", top: 10);

        var guest = Assert.Single(users);
        Assert.True(guest.IsGuest);
        Assert.Equal("alva@fabrikam.com", guest.Contact);
        Assert.Contains("#EXT#", guest.UserPrincipalName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchUsersAsync_QueryWithQuoteAmpersandPlusHashPercent_IsEscapedAndMatchesLiterally()
    {
        var users = await directory.SearchUsersAsync(TenantId, "O'Brien & Co +#%/", top: 10);

        Assert.Equal("u-obrien", Assert.Single(users).Id);
        var filter = Assert.Single(fixture.Graph.Requests, r => r.Path == "/v1.0/users").QueryValue("$filter");
        Assert.Contains("startswith(displayName,'O''Brien & Co +#%/')", filter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchUsersAsync_FilterInjectionAttempt_StaysOneLiteralAndFindsNobody()
    {
        var users = await directory.SearchUsersAsync(TenantId, "zz') or startswith(displayName,'", top: 10);

        Assert.Empty(users);
        Assert.Equal(200, Assert.Single(fixture.Graph.Requests, r => r.Path == "/v1.0/users").ResponseStatus);
    }

    [Fact]
    public async Task SearchUsersAsync_BlankQuery_ListsUsersWithoutFilter()
    {
        var users = await directory.SearchUsersAsync(TenantId, "   ", top: 50);

        Assert.Equal(5, users.Count);
        Assert.Null(Assert.Single(fixture.Graph.Requests, r => r.Path == "/v1.0/users").QueryValue("$filter"));
    }

    [Fact]
    public async Task SearchUsersAsync_TopSmallerThanMatches_ReturnsAtMostTop()
    {
        var users = await directory.SearchUsersAsync(TenantId, "a", top: 2);

        Assert.Equal(2, users.Count);
    }

    [Fact]
    public async Task GetSubscribedSkusAsync_EnabledAndConsumedUnits_ComputesFreeSeats()
    {
        var skus = await directory.GetSubscribedSkusAsync(TenantId);

        var e5 = Assert.Single(skus, s => s.SkuId == E5);
        Assert.Equal(("ENTERPRISEPREMIUM", 25, 20, 5), (e5.SkuPartNumber, e5.EnabledUnits, e5.ConsumedUnits, e5.FreeUnits));
        Assert.Equal(0, Assert.Single(skus, s => s.SkuId == ActionPackSku).FreeUnits);
    }

    [Fact]
    public async Task GetDirectoryRolesAsync_GlobalAdministrator_MapsTemplateIdAndKeepsUnnamedRoles()
    {
        var roles = await directory.GetDirectoryRolesAsync(TenantId, "u-alice");

        Assert.True(roles.Has(AdminRole.GlobalAdministrator));
        Assert.Equal([AdminRole.GlobalAdministrator], roles.AdminRoles);
        Assert.Null(Assert.Single(roles.Roles, r => r.DisplayName == "Teams Administrator").AdminRole);
        Assert.Single(fixture.Graph.Requests, r => r.Path == "/v1.0/users/u-alice/transitiveMemberOf/graph.directoryRole");
    }

    [Fact]
    public async Task GetDirectoryRolesAsync_BillingAndUserAdministrator_MapsBothButNotGlobal()
    {
        var roles = await directory.GetDirectoryRolesAsync(TenantId, "u-bob");

        Assert.Equal(new HashSet<AdminRole> { AdminRole.BillingAdministrator, AdminRole.UserAdministrator }, roles.AdminRoles);
        Assert.False(roles.Has(AdminRole.GlobalAdministrator));
    }

    [Fact]
    public async Task GetDirectoryRolesAsync_UserWithoutRoles_ReturnsEmpty()
    {
        var roles = await directory.GetDirectoryRolesAsync(TenantId, "u-alex");

        Assert.Empty(roles.Roles);
    }
}
