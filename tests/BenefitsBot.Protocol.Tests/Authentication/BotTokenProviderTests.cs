using BenefitsBot.Protocol.Authentication;
using BenefitsBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

/// <summary>The real MSAL client against the fake token endpoint.</summary>
public sealed class BotTokenProviderTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Fact]
    public async Task GetTokenAsync_MultiTenant_FetchesOnceFromBotFrameworkTenantThenCaches()
    {
        const string appId = "9a0c4e1b-6d3f-4e27-8b51-c2f7a8d9e036";
        fake.RegisterClient(appId, "multi-secret");
        using var services = Build(fake, new Dictionary<string, string?> { ["MicrosoftAppId"] = appId, ["MicrosoftAppPassword"] = "multi-secret" });
        var provider = services.GetRequiredService<IBotTokenProvider>();

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        var request = Assert.Single(fake.TokenRequests, seen => seen.ClientId == appId);
        Assert.Equal(("botframework.com", "https://api.botframework.com/.default", "client_credentials", 200), (request.Tenant, request.Scope, request.GrantType, request.StatusCode));
        var token = new JsonWebToken(first);
        Assert.Equal(["https://api.botframework.com"], token.Audiences);
        Assert.Equal(appId, token.GetPayloadValue<string>("azp"));
    }

    [Fact]
    public async Task GetTokenAsync_SingleTenant_AsksTheBotsTenant()
    {
        const string appId = "4e8b2d6f-1a3c-4f59-9e07-b5c1d8a3f264";
        fake.RegisterClient(appId, "single-secret");
        using var services = Build(fake, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = appId, ["MicrosoftAppPassword"] = "single-secret", ["MicrosoftAppTenantId"] = TenantId,
        });

        var token = await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(TenantId, Assert.Single(fake.TokenRequests, seen => seen.ClientId == appId).Tenant);
    }

    [Fact]
    public async Task GetTokenAsync_WrongSecret_ThrowsInvalidClient()
    {
        const string appId = "c7d1f3a9-5b2e-4d80-a6c4-e9f0b1d2a357";
        fake.RegisterClient(appId, "right-secret");
        using var services = Build(fake, new Dictionary<string, string?> { ["MicrosoftAppId"] = appId, ["MicrosoftAppPassword"] = "wrong-secret" });

        var error = await Assert.ThrowsAsync<MsalServiceException>(
            async () => await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None));

        Assert.Equal("invalid_client", error.ErrorCode);
    }

    [Fact]
    public async Task GetTokenAsync_NoAppId_ReturnsNullWithoutAnyRequest()
    {
        using var services = Build(fake, new Dictionary<string, string?> { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null }, options => options.AllowAnonymous = true);
        var requestsBefore = fake.TokenRequests.Count;

        var token = await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Equal(requestsBefore, fake.TokenRequests.Count);
    }

    [Fact]
    public void Resolve_UserAssignedMsi_UsesManagedIdentity()
    {
        using var services = Build(fake, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMsi", ["MicrosoftAppPassword"] = null, ["MicrosoftAppTenantId"] = TenantId,
        });

        Assert.IsType<ManagedIdentityBotTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
    }
}
