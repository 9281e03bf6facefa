using BenefitsBot.Testing;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class ChannelTokenTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task AuthenticateAsync_ValidChannelToken_Succeeds(string algorithm)
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken(AppId, ServiceUrl, new FakeIdentityProviderTokenOptions { Algorithm = algorithm });

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.Equal(AppId, result.Identity.Claims.Single(claim => claim.Type == "aud").Value);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Fails()
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken("some-other-bot", ServiceUrl);

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.Equal("invalid audience", result.FailureReason);
    }

    /// <summary>Lifetime with the 5-minute skew: minutes relative to now for nbf and exp.</summary>
    [Theory]
    [InlineData(-60, -6, "token expired")]
    [InlineData(-60, -4, null)]
    [InlineData(6, 60, "token not yet valid")]
    [InlineData(4, 60, null)]
    public async Task AuthenticateAsync_Lifetime_ToleratesFiveMinutesOfSkewOnly(int notBeforeMinutes, int expiresMinutes, string? expectedFailure)
    {
        using var services = Build(fake);
        var now = DateTimeOffset.UtcNow;
        var token = fake.IssueChannelToken(AppId, ServiceUrl, new FakeIdentityProviderTokenOptions
        {
            NotBefore = now.AddMinutes(notBeforeMinutes), ExpiresAt = now.AddMinutes(expiresMinutes),
        });

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.Equal(expectedFailure, result.FailureReason);
        Assert.Equal(expectedFailure is null, result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_NoExpiry_Fails()
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken(AppId, ServiceUrl, new FakeIdentityProviderTokenOptions { Claims = new Dictionary<string, object?> { ["exp"] = null } });

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_UntrustedIssuer_FailsWithoutFetchingKeys()
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken(AppId, ServiceUrl, new FakeIdentityProviderTokenOptions { Issuer = "https://api.botframework.com.evil.example" });
        var keyRequestsBefore = fake.ChannelKeyRequests;

        var result = await services.AuthenticateAsync($"Bearer {token}");

        Assert.Equal("untrusted token issuer", result.FailureReason);
        Assert.Equal(keyRequestsBefore, fake.ChannelKeyRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_ManyTokens_FetchesKeysOnce()
    {
        using var services = Build(fake);
        var keyRequestsBefore = fake.ChannelKeyRequests;

        for (var i = 0; i < 3; i++)
        {
            var result = await services.AuthenticateAsync($"Bearer {fake.IssueChannelToken(AppId, ServiceUrl)}");
            Assert.True(result.Succeeded, result.FailureReason);
        }

        Assert.Equal(keyRequestsBefore + 1, fake.ChannelKeyRequests);
    }
}
