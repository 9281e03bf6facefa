using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Tests.Playground;

/// <summary>BenefitsBot as a Teams user meets it: through the Agents Playground, over HTTP and its WebSocket.</summary>
public sealed class BenefitsBotPlaygroundTests(BenefitsBotPlaygroundFixture fixture) : IClassFixture<BenefitsBotPlaygroundFixture>
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SendMessageAsync_Hi_WelcomeCardArrivesOnWebSocket()
    {
        await fixture.Playground.SendMessageAsync("hi");
        var reply = await fixture.Playground.WaitForBotMessageAsync(HasAdaptiveCard, ReplyTimeout);

        Assert.Equal(fixture.Playground.Config.PersonalConversationId, reply.GetProperty("actionConversationId").GetString());
    }

    [Fact]
    public async Task SwedishQuestion_AnswerCardThenFeedbackUpdatesItInPlace()
    {
        await fixture.Playground.SendMessageAsync("när kan vi förnya vårt Microsoft Action Pack?");
        var reply = await fixture.Playground.WaitForBotMessageAsync(e => HasAdaptiveCard(e) && CardOf(e).GetProperty("lang").GetString() == "sv", ReplyTimeout);
        var card = CardOf(reply);
        var feedback = Descendants(card).First(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("verb", out var v) && v.GetString() == "faq.feedback").GetProperty("data");

        var answer = await fixture.Playground.InvokeAsync(
            "adaptiveCard/action",
            new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "faq.feedback", ["data"] = JsonNode.Parse(feedback.GetRawText()) } },
            PlaygroundEnvelope.MessageId(reply));

        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        Assert.Contains("Tack", answer.GetProperty("value").GetRawText(), StringComparison.Ordinal);
    }

    private static JsonElement CardOf(JsonElement envelope) =>
        PlaygroundEnvelope.Message(envelope)!.Value.GetProperty("attachments").EnumerateArray()
            .First(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive").GetProperty("content");

    private static IEnumerable<JsonElement> Descendants(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => Descendants(p.Value)).Prepend(node),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Descendants).Prepend(node),
        _ => [node],
    };

    private static bool HasAdaptiveCard(JsonElement envelope) =>
        PlaygroundEnvelope.Message(envelope) is { } message
        && message.TryGetProperty("attachments", out var attachments)
        && attachments.EnumerateArray().Any(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive");
}
