using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Testing.Playground;
using BenefitsBot.Tests.Dialogs;
using BenefitsBot.Tests.Flows;

namespace BenefitsBot.Tests.Playground;

/// <summary>A dialog as a Playground user drives it: type a command, wait for its card, press its buttons (Action.Execute invokes).</summary>
public static class PlaygroundDialog
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Types <paramref name="text"/>; returns the message id and card of the bot's reply that has a <paramref name="verb"/> button.</summary>
    public static async Task<(string MessageId, JsonElement Card)> SayAsync(this AgentsPlayground playground, string text, string verb)
    {
        ArgumentNullException.ThrowIfNull(playground);
        await playground.SendMessageAsync(text);
        var reply = await playground.WaitForBotMessageAsync(e => CardOf(e) is { } card && CardFlowDriver.HasButton(card, verb), ReplyTimeout);
        return (PlaygroundEnvelope.MessageId(reply), CardOf(reply)!.Value);
    }

    /// <summary>Presses <paramref name="verb"/> on the card of message <paramref name="messageId"/> with <paramref name="inputs"/>; returns the card that replaces it.</summary>
    public static async Task<JsonElement> PressAsync(this AgentsPlayground playground, string messageId, JsonElement card, string verb, JsonObject inputs)
    {
        ArgumentNullException.ThrowIfNull(playground);
        ArgumentNullException.ThrowIfNull(inputs);
        var data = CardFlowDriver.ButtonData(card, verb);
        foreach (var (key, value) in inputs)
        {
            data[key] = value?.DeepClone();
        }

        var answer = await playground.InvokeAsync(
            "adaptiveCard/action",
            new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
            messageId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        return answer.GetProperty("value");
    }

    private static JsonElement? CardOf(JsonElement envelope) =>
        PlaygroundEnvelope.Message(envelope) is { } message && message.TryGetProperty("attachments", out var attachments)
            ? attachments.EnumerateArray().Where(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive").Select(a => (JsonElement?)a.GetProperty("content")).FirstOrDefault()
            : null;
}
