using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Tests.Hosting;

/// <summary>
/// A long message is answered like a normal one: the text is cut to Teams' length, the analysis to its own. What it costs is a
/// benchmark figure, not a test (`messages --lengths 1,4,16,28,240`).
/// </summary>
public sealed class LongMessageTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly BotApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    /// <summary>Posts <paramref name="text"/> over HTTP in a conversation of its own and returns the reply the connector received.</summary>
    private async Task<Activity> AskAsync(string text)
    {
        var message = TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, text, conversationId: $"a:{Guid.NewGuid():N}");
        // Raw UTF-8, as Teams sends it (the serializer's default escapes every non-ASCII character to six bytes).
        var body = JsonSerializer.SerializeToNode(message, ActivityJsonContext.Default.Activity)!.ToJsonString(Unescaped);
        Assert.True(Encoding.UTF8.GetByteCount(body) < 256 * 1024, "the activity must fit the endpoint's limit");
        using var client = app.Factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var reply = await app.Connector.WaitForActivityAsync(r => r.ConversationId == message.Conversation!.Id, TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return reply;
    }

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1))[..length];

    [Theory]
    [InlineData("a", 250_000)]
    [InlineData("a", 56 * 1024)]
    [InlineData("when can we renew the action pack after 1 sept 2020? ", 250_000)]
    [InlineData("vi köpte den 3 mars 2025, när kan vi förnya? ", 240_000)]
    [InlineData("我們什麼時候可以續約", 85_000)]
    [InlineData("我們什麼時候可以續約2020年9月1日", 80_000)]
    public async Task Post_LongMessage_Answered(string unit, int length)
    {
        var reply = await AskAsync(Repeat(unit, length));

        Assert.True(reply.Attachments is { Count: > 0 } || !string.IsNullOrWhiteSpace(reply.Text), "the reply has an answer");
    }
}
