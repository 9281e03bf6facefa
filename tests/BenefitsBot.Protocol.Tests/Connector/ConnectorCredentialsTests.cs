using BenefitsBot.Protocol.Connector;

namespace BenefitsBot.Protocol.Tests.Connector;

public sealed class ConnectorCredentialsTests
{
    private static AllowListedConnectorCredentials Credentials(string? token, Func<Uri, bool> isAllowed) =>
        new(_ => ValueTask.FromResult(token), isAllowed);

    [Fact]
    public async Task SendToConversationAsync_AllowListedHost_SendsBearerToken()
    {
        await using var harness = await ConnectorHarness.StartAsync(credentials: Credentials("bot-token", uri => uri.Host == "127.0.0.1"));

        await harness.Client.SendToConversationAsync(harness.Message("a:1", "hi"));

        Assert.Equal("Bearer bot-token", Assert.Single(harness.Server.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_AnonymousBot_SendsNoAuthorizationHeader()
    {
        await using var harness = await ConnectorHarness.StartAsync(credentials: Credentials(null, _ => false));

        await harness.Client.SendToConversationAsync(harness.Message("a:1", "hi"));

        Assert.Null(Assert.Single(harness.Server.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_HostNotAllowListed_RefusesAndSendsNothing()
    {
        await using var harness = await ConnectorHarness.StartAsync(credentials: Credentials("bot-token", uri => uri.Host == "smba.trafficmanager.net"));

        var error = await Assert.ThrowsAsync<UnauthorizedServiceUrlException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "hi")));

        Assert.Equal(ConnectorFailureKind.UntrustedServiceUrl, error.Kind);
        Assert.DoesNotContain("bot-token", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task GetTokenForAsync_AllowedHost_ReturnsToken()
    {
        var token = await Credentials("t", uri => uri.Host == "smba.trafficmanager.net").GetTokenForAsync(new Uri("https://smba.trafficmanager.net/teams/"), default);

        Assert.Equal("t", token);
    }

    [Fact]
    public async Task GetTokenForAsync_AnonymousOnAnyHost_ReturnsNull()
    {
        var token = await Credentials(null, _ => false).GetTokenForAsync(new Uri("https://evil.example/"), default);

        Assert.Null(token);
    }

    [Fact]
    public async Task GetTokenForAsync_TokenForUnlistedHost_ThrowsNamingTheHost()
    {
        var credentials = Credentials("t", uri => uri.Host == "smba.trafficmanager.net");

        var error = await Assert.ThrowsAsync<UnauthorizedServiceUrlException>(() => credentials.GetTokenForAsync(new Uri("https://evil.example/teams/"), default).AsTask());

        Assert.Contains("evil.example", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://evil.example/teams/"), error.ServiceUrl);
    }
}
