using BenefitsBot.Testing;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class EntraTokenTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    private const string OtherTenant = "3f8a1d27-9c4e-4b60-8e15-a2b7c9d0e4f1";

    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Theory]
    [InlineData("1.0", AppId)]
    [InlineData("2.0", AppId)]
    [InlineData("2.0", $"api://botid-{AppId}")]
    public async Task AuthenticateAsync_SingleTenantBotOwnTenantToken_Succeeds(string version, string audience)
    {
        using var services = SingleTenant(fake);
        var token = fake.IssueEntraToken(TenantId, audience, AppId, version);

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(AppId, result.CallerAppId);
    }

    [Fact]
    public async Task AuthenticateAsync_OtherTenantToken_FailsWithoutFetchingKeys()
    {
        using var services = SingleTenant(fake);
        var keyRequestsBefore = fake.EntraKeyRequests;

        var result = await services.AuthenticateAsync($"Bearer {fake.IssueEntraToken(OtherTenant, AppId, AppId)}");

        Assert.Equal("untrusted token issuer", result.FailureReason);
        Assert.Equal(keyRequestsBefore, fake.EntraKeyRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_MultiTenantBotEntraToken_Fails()
    {
        using var services = Build(fake);

        var result = await services.AuthenticateAsync($"Bearer {fake.IssueEntraToken(TenantId, AppId, AppId)}");

        Assert.Equal("untrusted token issuer", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_TenantClaimDisagreesWithIssuer_Fails()
    {
        using var services = SingleTenant(fake);
        var token = fake.IssueEntraToken(TenantId, AppId, AppId, options: new FakeIdentityProviderTokenOptions { Claims = new Dictionary<string, object?> { ["tid"] = OtherTenant } });

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.Equal("token tenant does not match", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_VersionDisagreesWithIssuer_Fails()
    {
        using var services = SingleTenant(fake);
        var token = fake.IssueEntraToken(TenantId, AppId, AppId, "2.0", new FakeIdentityProviderTokenOptions { Claims = new Dictionary<string, object?> { ["ver"] = "1.0" } });

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.Equal("token version does not match its issuer", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Fails()
    {
        using var services = SingleTenant(fake);

        var result = await services.AuthenticateAsync($"Bearer {fake.IssueEntraToken(TenantId, "https://graph.microsoft.com", AppId)}");

        Assert.Equal("invalid audience", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_OtherCallerInTenant_FailsUnlessAllowed()
    {
        const string caller = "5d1e7a93-2f4b-4c8d-b6e0-19a3f7c2d845";
        using var strict = SingleTenant(fake);
        using var lenient = SingleTenant(fake, options => options.AllowedEntraCallers.Add(caller));
        var token = fake.IssueEntraToken(TenantId, AppId, caller);

        var rejected = await strict.AuthenticateAsync($"Bearer {token}");
        var accepted = await lenient.AuthenticateAsync($"Bearer {token}");

        Assert.Equal("calling app is not allowed", rejected.FailureReason);
        Assert.True(accepted.Succeeded, accepted.FailureReason);
        Assert.Equal(caller, accepted.CallerAppId);
    }

    [Fact]
    public async Task AuthenticateAsync_SingleTenantBotStillAcceptsChannelTokens()
    {
        using var services = SingleTenant(fake);

        var result = await services.AuthenticateAsync($"Bearer {fake.IssueChannelToken(AppId, ServiceUrl)}");

        Assert.True(result.Succeeded, result.FailureReason);
    }
}
