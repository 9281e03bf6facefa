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

    private static bool HasAdaptiveCard(System.Text.Json.JsonElement envelope) =>
        PlaygroundEnvelope.Message(envelope) is { } message
        && message.TryGetProperty("attachments", out var attachments)
        && attachments.EnumerateArray().Any(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive");
}
