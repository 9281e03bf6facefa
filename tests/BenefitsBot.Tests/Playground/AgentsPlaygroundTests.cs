using System.Text.Json.Nodes;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Tests.Playground;

/// <summary>Proves the Playground driver end to end against the official Bot Framework SDK echo bot.</summary>
public sealed class AgentsPlaygroundTests(EchoBotPlaygroundFixture fixture) : IClassFixture<EchoBotPlaygroundFixture>
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SendMessageAsync_EchoBot_ReplyArrivesOnWebSocket()
    {
        var text = $"hello {Guid.NewGuid():N}";

        await fixture.Playground.SendMessageAsync(text);
        var reply = await fixture.Playground.WaitForBotMessageAsync(e => PlaygroundEnvelope.Text(e) == $"echo: {text}", ReplyTimeout);

        Assert.Equal(fixture.Playground.Config.PersonalConversationId, reply.GetProperty("actionConversationId").GetString());
        Assert.False(PlaygroundEnvelope.IsUpdate(reply));
    }

    [Fact]
    public async Task SendCustomActivityAsync_MessageFromTemplate_BotEchoesItsText()
    {
        var text = $"custom {Guid.NewGuid():N}";
        var activity = await fixture.Playground.GetCustomActivityTemplateAsync();
        activity["type"] = "message";
        activity["text"] = text;
        activity["locale"] = "sv-SE";

        await fixture.Playground.SendCustomActivityAsync(activity.ToJsonString());
        var reply = await fixture.Playground.WaitForBotMessageAsync(e => PlaygroundEnvelope.Text(e) == $"echo: {text}", ReplyTimeout);

        Assert.NotEmpty(PlaygroundEnvelope.MessageId(reply));
    }

    [Fact]
    public async Task SubmitAsync_OnBotMessage_BotGetsMessageWithoutText()
    {
        var text = $"card {Guid.NewGuid():N}";
        await fixture.Playground.SendMessageAsync(text);
        var card = await fixture.Playground.WaitForBotMessageAsync(e => PlaygroundEnvelope.Text(e) == $"echo: {text}", ReplyTimeout);

        await fixture.Playground.SubmitAsync(new JsonObject { ["choice"] = "yes" }, PlaygroundEnvelope.MessageId(card));
        var reply = await fixture.Playground.WaitForBotMessageAsync(e => PlaygroundEnvelope.Text(e) == "echo: ", ReplyTimeout);

        Assert.NotEmpty(PlaygroundEnvelope.MessageId(reply));
    }

    [Fact]
    public async Task InvokeAsync_BotWithoutCardActionHandler_PlaygroundReportsBotsNotImplemented()
    {
        var text = $"invoke {Guid.NewGuid():N}";
        await fixture.Playground.SendMessageAsync(text);
        var card = await fixture.Playground.WaitForBotMessageAsync(e => PlaygroundEnvelope.Text(e) == $"echo: {text}", ReplyTimeout);
        var action = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "noop", ["data"] = new JsonObject() } };

        // botbuilder's ActivityHandler answers an unhandled adaptiveCard/action with 501; the Playground relays it as 502.
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => fixture.Playground.InvokeAsync("adaptiveCard/action", action, PlaygroundEnvelope.MessageId(card)));

        Assert.Equal(System.Net.HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Contains("501", error.Message, StringComparison.Ordinal);
    }
}
