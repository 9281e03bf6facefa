using System.Net;
using System.Net.Sockets;
using BenefitsBot.Testing;
using static BenefitsBot.Protocol.Tests.Authentication.AuthenticationServices;

namespace BenefitsBot.Protocol.Tests.Authentication;

public sealed class MetadataAvailabilityTests(FakeIdentityProviderFixture fixture) : IClassFixture<FakeIdentityProviderFixture>
{
    /// <summary>IdentityModel's document retriever repeats a 503 once by itself: one attempt of ours is two requests.</summary>
    private const int RequestsPerAttempt = 2;

    private readonly FakeIdentityProvider fake = fixture.Provider;

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_FailsWithShortReason()
    {
        using var services = Build(fake, new Dictionary<string, string?> { ["ToBotFromChannelOpenIdMetadataUrl"] = $"http://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration" });

        var result = await services.AuthenticateAsync($"Bearer {fake.IssueChannelToken(AppId, ServiceUrl)}");

        Assert.True(result.IsUnavailable);
        Assert.StartsWith("signing keys unavailable (OpenID metadata http://127.0.0.1:", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataDownForConcurrentRequests_OneFetchAttemptAndEachRefusedWithTheReason()
    {
        await using var down = await FakeIdentityProvider.StartAsync();
        down.Unavailable = true;
        using var services = Build(down);
        var tokens = Enumerable.Range(0, 11).Select(_ => down.IssueChannelToken(AppId, ServiceUrl)).ToList();

        var results = await Task.WhenAll(tokens.Select(token => services.AuthenticateAsync($"Bearer {token}")));

        Assert.Equal(RequestsPerAttempt, down.ChannelMetadataRequests);
        Assert.All(results, result =>
        {
            Assert.True(result.IsUnavailable);
            Assert.Contains("1 failed attempt(s), last IOException", result.FailureReason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataDown_RetriesOnlyAfterTheSharedBackoffThenRecovers()
    {
        await using var down = await FakeIdentityProvider.StartAsync();
        down.Unavailable = true;
        var clock = new ShiftedClock(DateTimeOffset.UtcNow);
        using var services = Build(down, time: clock);
        string Token() => $"Bearer {down.IssueChannelToken(AppId, ServiceUrl)}";

        await services.AuthenticateAsync(Token());
        var duringFirstBackoff = await services.AuthenticateAsync(Token());
        clock.Advance(TimeSpan.FromSeconds(2));
        await services.AuthenticateAsync(Token());
        clock.Advance(TimeSpan.FromSeconds(3));
        var duringSecondBackoff = await services.AuthenticateAsync(Token());
        var requestsWhileDown = down.ChannelMetadataRequests;
        down.Unavailable = false;
        clock.Advance(TimeSpan.FromSeconds(1));
        var recovered = await services.AuthenticateAsync(Token());

        Assert.Equal(2 * RequestsPerAttempt, requestsWhileDown);
        Assert.Contains("next attempt in 2 s", duringFirstBackoff.FailureReason, StringComparison.Ordinal);
        Assert.Contains("2 failed attempt(s)", duringSecondBackoff.FailureReason, StringComparison.Ordinal);
        Assert.True(recovered.Succeeded, recovered.FailureReason);
        Assert.Equal((2 * RequestsPerAttempt) + 1, down.ChannelMetadataRequests);
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
