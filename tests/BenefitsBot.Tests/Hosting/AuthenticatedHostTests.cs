using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Testing;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Tests.Hosting;

/// <summary>The host with a MicrosoftAppId: /api/messages checks real signed tokens from a loopback identity provider.</summary>
public sealed class AuthenticatedHostTests : IAsyncLifetime
{
    private const string AppId = "8d5b2c1e-0f6a-4a7b-9c3d-2e1f0a9b8c7d";
    private readonly BotApp app = new();
    private FakeIdentityProvider identity = null!;

    public async Task InitializeAsync()
    {
        identity = await FakeIdentityProvider.StartAsync("msteams");
        app.Settings["MicrosoftAppId"] = AppId;
        app.Settings["MicrosoftAppPassword"] = "test-only-secret";
        app.Settings["ToBotFromChannelOpenIdMetadataUrl"] = identity.MetadataUrl;
        app.Settings["RequireHttpsMetadata"] = "false";
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await identity.DisposeAsync();
    }

    /// <summary>An activity that needs no reply (the bot removed from a chat), so no outbound token is needed.</summary>
    private Activity BotRemoved() => TeamsActivities.ConversationUpdate(app.Connector.ServiceUrl, botAdded: false);

    private async Task<HttpStatusCode> PostAsync(Activity activity, string? token)
    {
        using var client = app.Factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var content = new StringContent(JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        return response.StatusCode;
    }

    [Fact]
    public async Task Post_ValidChannelToken_Answers200()
    {
        var activity = BotRemoved();

        var status = await PostAsync(activity, identity.IssueChannelToken(AppId, activity.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_IdentityProviderDown_ElevenRequestsOneFetchAttemptEach503WithTheReasonLogged()
    {
        identity.Unavailable = true;
        var activity = BotRemoved();
        var tokens = Enumerable.Range(0, 11).Select(_ => identity.IssueChannelToken(AppId, activity.ServiceUrl)).ToList();

        var statuses = await Task.WhenAll(tokens.Select(token => PostAsync(activity, token)));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        Assert.Equal(2, identity.ChannelMetadataRequests); // one attempt; the document retriever repeats a 503 once itself
        Assert.Equal(11, app.Logs.Lines.Count(l => l.Contains("signing keys unavailable (OpenID metadata", StringComparison.Ordinal) && l.Contains("Refused", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Post_NoToken_Answers401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(BotRemoved(), null));
    }

    [Fact]
    public async Task Post_TokenSignedWithUnpublishedKey_Answers401()
    {
        var activity = BotRemoved();
        var forged = identity.IssueChannelToken(AppId, activity.ServiceUrl, new FakeIdentityProviderTokenOptions { Signature = FakeIdentityProviderSignature.UnpublishedKey });

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(activity, forged));
    }

    [Fact]
    public async Task Post_TokenForAnotherServiceUrl_Answers401()
    {
        var activity = BotRemoved();

        var status = await PostAsync(activity, identity.IssueChannelToken(AppId, "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}
