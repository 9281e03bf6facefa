using BenefitsBot.Testing;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class EndorsementAndServiceUrlTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("webchat", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData("slack", false)]
    [InlineData("MSTEAMS", false)]
    public async Task AuthenticateAsync_ChannelId_MustBeEndorsedByTheSigningKey(string? channelId, bool expected)
    {
        using var services = Build(fake);

        var result = await services.AuthenticateAsync($"Bearer {fake.IssueChannelToken(AppId, ServiceUrl)}", channelId);

        Assert.Equal(expected, result.Succeeded);
        Assert.Equal(expected ? null : "signing key is not endorsed for the channel", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlMismatch_Fails()
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken(AppId, "https://smba.trafficmanager.net/emea/");

        var result = await services.AuthenticateAsync($"Bearer {token}", serviceUrl: ServiceUrl);

        Assert.Equal("serviceurl claim mismatch", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimMissing_Fails()
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken(AppId, serviceUrl: null);

        var result = await services.AuthenticateAsync($"Bearer {token}", serviceUrl: ServiceUrl);

        Assert.Equal("missing serviceurl claim", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken(AppId, ServiceUrl.ToUpperInvariant());

        var result = await services.AuthenticateAsync($"Bearer {token}", serviceUrl: ServiceUrl);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ActivityWithoutServiceUrl_SkipsTheClaimCheck()
    {
        using var services = Build(fake);
        var token = fake.IssueChannelToken(AppId, serviceUrl: null);

        var result = await services.AuthenticateAsync($"Bearer {token}", serviceUrl: null);

        Assert.True(result.Succeeded, result.FailureReason);
    }
}
