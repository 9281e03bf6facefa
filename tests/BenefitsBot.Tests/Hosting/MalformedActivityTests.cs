using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Tests.Hosting;

/// <summary>The reported bad inputs, each over HTTP through the real host: a tolerant answer or a 400 naming the field, never a 500.</summary>
public sealed class MalformedActivityTests : IAsyncLifetime
{
    private readonly BotApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    private JsonObject Message(string text = "hi") =>
        JsonSerializer.SerializeToNode(TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, text), ActivityJsonContext.Default.Activity)!.AsObject();

    private JsonObject ConversationUpdate() =>
        JsonSerializer.SerializeToNode(TeamsActivities.ConversationUpdate(app.Connector.ServiceUrl, botAdded: true), ActivityJsonContext.Default.Activity)!.AsObject();

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(JsonObject activity)
    {
        using var client = app.Factory.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the message and returns the reply the bot sent into its conversation.</summary>
    private async Task<Activity> AskAsync(JsonObject message)
    {
        var before = app.Connector.Requests.Count;
        var (status, body) = await PostAsync(message);
        Assert.True(status == HttpStatusCode.OK, $"{(int)status}: {body}");
        var conversation = message["conversation"]!["id"]!.GetValue<string>();
        return await app.Connector.WaitForActivityAsync(r => r.Sequence > before && r.ConversationId == conversation, TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("entities", """[null]""")]
    [InlineData("entities", """[null, {"type":"clientInfo","locale":"en-US"}]""")]
    [InlineData("entities", """[{"type":"mention","text":5,"mentioned":{"id":"28:bot-app-id"}}]""")]
    [InlineData("entities", """[{"type":"mention","text":"<at>BenefitsBot</at>","mentioned":{"id":5}}]""")]
    [InlineData("entities", """[{"type":"mention","text":"<at>BenefitsBot</at>","mentioned":"28:bot-app-id"}]""")]
    [InlineData("entities", """[{"type":"mention","text":"","mentioned":{"id":"28:bot-app-id"}}]""")]
    [InlineData("channelData", """{"tenant":"abc"}""")]
    [InlineData("channelData", """{"tenant":{"id":5}}""")]
    [InlineData("channelData", """{"team":"t"}""")]
    [InlineData("channelData", """{"team":{"id":["x"]},"channel":7}""")]
    [InlineData("channelData", """{"settings":5}""")]
    [InlineData("channelData", """{"settings":{"selectedChannel":"c"}}""")]
    [InlineData("channelData", """{"teamsTeamId":1,"teamsChannelId":{},"eventType":[]}""")]
    [InlineData("channelData", """[1,2]""")]
    [InlineData("attachments", """[null]""")]
    // Found by the fuzz test: ids that went into connector URLs as they were (whitespace, a NUL).
    [InlineData("id", "\"\\r\\n\\t\"")]
    [InlineData("id", "\"\\u0000\"")]
    [InlineData("replyToId", "\"   \"")]
    [InlineData("channelData", """{"team":{"id":"\r\n\t"},"teamsTeamId":" ","tenant":{"id":"t"}}""")]
    public async Task Message_OddEntitiesChannelDataOrIds_AreIgnoredAndTheGreetingAnswered(string field, string json)
    {
        var message = Message("hi");
        message[field] = JsonNode.Parse(json);

        var reply = await AskAsync(message);

        Assert.Equal("BenefitsBot", TurnHarness.CardOf(reply).GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("channelData", """{"eventType":7}""")]
    [InlineData("channelData", """{"eventType":"teamRenamed","team":"t"}""")]
    [InlineData("membersAdded", """[null]""")]
    [InlineData("membersRemoved", """[null]""")]
    [InlineData("membersAdded", """[null, {"id":"28:bot-app-id"}]""")]
    public async Task ConversationUpdate_OddFields_Answers200(string field, string json)
    {
        var update = ConversationUpdate();
        update[field] = JsonNode.Parse(json);

        var (status, body) = await PostAsync(update);

        Assert.True(status == HttpStatusCode.OK, $"{(int)status}: {body}");
    }

    [Fact]
    public async Task Message_IdOf100000Characters_IsDroppedAndTheGreetingAnswered()
    {
        var message = Message("hi");
        message["id"] = new string('a', 100_000);

        var reply = await AskAsync(message);

        Assert.Null(reply.ReplyToId);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("a:ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    public async Task Post_UnusableConversationId_Answers400NamingIt(string id)
    {
        var message = Message("hi");
        message["conversation"]!["id"] = id;

        var (status, body) = await PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("conversation.id (at most 256 characters", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entities", "5", "entities")]
    [InlineData("entities", "[5]", "entities[0]")]
    [InlineData("membersAdded", "\"x\"", "membersAdded")]
    [InlineData("text", "5", "text")]
    [InlineData("from", "[]", "from")]
    [InlineData("entities", """[{"type":5}]""", "entities[0].type")]
    public async Task Post_FieldOfWrongType_Answers400NamingIt(string field, string json, string named)
    {
        var message = Message("hi");
        message[field] = JsonNode.Parse(json);

        var (status, body) = await PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(named, body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_NoncharactersBeforeHelp_AnswersTheHelpCard()
    {
        var reply = await AskAsync(Message("\ufffe\uffffhelp"));

        Assert.NotNull(TurnHarness.CardOf(reply).GetProperty("body")[0].GetProperty("text").GetString());
    }
}
