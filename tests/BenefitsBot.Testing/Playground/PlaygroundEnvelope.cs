using System.Text.Json;

namespace BenefitsBot.Testing.Playground;

/// <summary>Reads the envelopes the Playground pushes on its conversation WebSocket.</summary>
public static class PlaygroundEnvelope
{
    public static bool IsFrom(JsonElement envelope, string senderId) =>
        Message(envelope) is { } message
        && message.TryGetProperty("from", out var from)
        && from.TryGetProperty("id", out var id)
        && id.GetString() == senderId;

    /// <summary>True for an edit of an earlier message (the bot's PUT on the activity).</summary>
    public static bool IsUpdate(JsonElement envelope) =>
        envelope.TryGetProperty("action", out var action) && action.GetString() == "updateMessage";

    public static string? Text(JsonElement envelope) =>
        Message(envelope) is { } message && message.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>The Playground's id of the message: the <c>replyToId</c> for invokes and submits on its cards.</summary>
    public static string MessageId(JsonElement envelope) =>
        Message(envelope)?.GetProperty("messageId").GetString() ?? throw new InvalidOperationException("The envelope has no message.");

    public static JsonElement? Message(JsonElement envelope) =>
        envelope.ValueKind == JsonValueKind.Object && envelope.TryGetProperty("message", out var message) ? message : null;
}
