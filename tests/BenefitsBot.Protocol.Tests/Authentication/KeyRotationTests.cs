using BenefitsBot.Testing;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

/// <summary>Own fake per class: rotation changes its keys for good.</summary>
public sealed class KeyRotationTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Fact]
    public async Task AuthenticateAsync_KeyRotatedAfterKeysWereCached_RefreshesOnceAndSucceeds()
    {
        using var services = Build(fake);
        var before = await services.AuthenticateAsync($"Bearer {fake.IssueChannelToken(AppId, ServiceUrl)}");
        var oldToken = fake.IssueChannelToken(AppId, ServiceUrl);
        var keyRequestsBefore = fake.ChannelKeyRequests;

        fake.RotateKeys();
        var rotated = await services.AuthenticateAsync($"Bearer {fake.IssueChannelToken(AppId, ServiceUrl)}");
        var old = await services.AuthenticateAsync($"Bearer {oldToken}");

        Assert.True(before.Succeeded, before.FailureReason);
        Assert.True(rotated.Succeeded, rotated.FailureReason);
        Assert.True(old.Succeeded, old.FailureReason);
        Assert.Equal(keyRequestsBefore + 1, fake.ChannelKeyRequests);
    }
}
