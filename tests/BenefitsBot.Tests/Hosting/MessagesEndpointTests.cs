using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Tests.Hosting;

/// <summary>/api/messages over HTTP through the real host: status codes for good and bad input.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly BotApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var client = app.Factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    private static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity);

    [Fact]
    public async Task Post_Hi_Answers200AndPostsWelcomeCardToConnector()
    {
        var message = TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, "hi");

        using var response = await PostAsync(Serialize(message));
        var reply = await app.Connector.WaitForActivityAsync(r => r.ConversationId == message.Conversation!.Id, TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message.Id, reply.ReplyToId);
        Assert.Equal("BenefitsBot", TurnHarness.CardOf(reply).GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_MalformedJson_Answers400WithoutStackTrace()
    {
        using var response = await PostAsync("{\"type\": \"message\", ");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("malformed JSON", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("serviceUrl")]
    [InlineData("conversation")]
    [InlineData("channelId")]
    public async Task Post_MissingRequiredField_Answers400NamingIt(string field)
    {
        var node = JsonSerializer.SerializeToNode(TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, "hi"), ActivityJsonContext.Default.Activity)!.AsObject();
        node.Remove(field);

        using var response = await PostAsync(node.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Answers413()
    {
        var message = TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, new string('x', 300 * 1024));

        using var response = await PostAsync(Serialize(message));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Answers200AndSendsNothing()
    {
        var message = TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, "hi");
        message.Type = "somethingNew";

        using var response = await PostAsync(Serialize(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(app.Connector.Requests, r => r.ConversationId == message.Conversation!.Id);
    }

    [Fact]
    public async Task Post_UnhandledInvoke_Answers501()
    {
        var invoke = TeamsActivities.Invoke(app.Connector.ServiceUrl, "composeExtension/query", "{}");

        using var response = await PostAsync(Serialize(invoke));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownFields_AreTolerated()
    {
        var node = JsonSerializer.SerializeToNode(TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, "hi"), ActivityJsonContext.Default.Activity)!.AsObject();
        node["someFutureField"] = new System.Text.Json.Nodes.JsonObject { ["x"] = 1 };

        using var response = await PostAsync(node.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BearerTokenWithoutConfiguredAppId_Answers401()
    {
        using var client = app.Factory.CreateClient();
        using var content = new StringContent(Serialize(TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, "hi")), Encoding.UTF8, "application/json");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetHealthz_Answers200()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
