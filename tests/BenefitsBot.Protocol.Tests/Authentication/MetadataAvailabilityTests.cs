using System.Net;
using System.Net.Sockets;
using BenefitsBot.Testing;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class MetadataAvailabilityTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_FailsWithShortReason()
    {
        using var services = Build(fake, new Dictionary<string, string?> { ["ToBotFromChannelOpenIdMetadataUrl"] = $"http://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration" });

        var result = await services.AuthenticateAsync($"Bearer {fake.IssueChannelToken(AppId, ServiceUrl)}");

        Assert.Equal("signing keys unavailable", result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ConcurrentRequestsOnColdCache_FetchKeysOnce()
    {
        using var services = Build(fake);
        var keyRequestsBefore = fake.ChannelKeyRequests;
        var tokens = Enumerable.Range(0, 16).Select(_ => fake.IssueChannelToken(AppId, ServiceUrl)).ToList();

        var results = await Task.WhenAll(tokens.Select(token => services.AuthenticateAsync($"Bearer {token}")));

        Assert.All(results, result => Assert.True(result.Succeeded, result.FailureReason));
        Assert.Equal(keyRequestsBefore + 1, fake.ChannelKeyRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_IdentityProviderGoneAfterFirstLoad_KeepsUsingCachedKeys()
    {
        var shortLived = await FakeIdentityProvider.StartAsync();
        using var services = Build(shortLived);
        var first = await services.AuthenticateAsync($"Bearer {shortLived.IssueChannelToken(AppId, ServiceUrl)}");
        var later = shortLived.IssueChannelToken(AppId, ServiceUrl);
        var forged = shortLived.IssueChannelToken(AppId, ServiceUrl, new FakeIdentityProviderTokenOptions { Signature = FakeIdentityProviderSignature.UnpublishedKey });

        await shortLived.DisposeAsync();
        var forcedRefreshFails = await services.AuthenticateAsync($"Bearer {forged}");
        var cachedKeysStillWork = await services.AuthenticateAsync($"Bearer {later}");

        Assert.True(first.Succeeded, first.FailureReason);
        Assert.Equal("unknown signing key", forcedRefreshFails.FailureReason);
        Assert.True(cachedKeysStillWork.Succeeded, cachedKeysStillWork.FailureReason);
    }

    /// <summary>A loopback port nothing listens on (bound, read, released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
