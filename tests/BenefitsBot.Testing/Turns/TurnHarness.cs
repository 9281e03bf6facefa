using System.Text.Json;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Turns;

namespace BenefitsBot.Testing.Turns;

/// <summary>
/// The TestAdapter/TestFlow equivalent: sends an activity through the same <see cref="ActivityProcessor"/> that
/// <c>/api/messages</c> uses, and reads the bot's replies where the real connector client delivered them (a loopback fake connector).
/// </summary>
public sealed class TurnHarness(ActivityProcessor processor, FakeConnectorServer connector)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    public FakeConnectorServer Connector => connector;

    public Uri ServiceUrl => connector.ServiceUrl;

    public Task<ProcessResult> SendAsync(Activity activity, string? authorization = null, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJsonContext.Default.Activity);
        return processor.ProcessAsync(body, authorization, cancellationToken);
    }

    /// <summary>Sends a message and returns the first activity the bot posted into that conversation afterwards.</summary>
    public async Task<Activity> AskAsync(Activity message, CancellationToken cancellationToken = default)
    {
        var before = connector.Requests.Count;
        var result = await SendAsync(message, cancellationToken: cancellationToken);
        if (result.Status != 200)
        {
            throw new InvalidOperationException($"The turn answered {result.Status}: {result.Body?.ToJsonString()}");
        }

        return await connector.WaitForActivityAsync(r => r.Sequence > before && r.ConversationId == message.Conversation?.Id, ReplyTimeout);
    }

    /// <summary>The Adaptive Card content of <paramref name="reply"/>'s first attachment.</summary>
    public static JsonElement CardOf(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var attachment = reply.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)
            ?? throw new InvalidOperationException("The reply carries no Adaptive Card.");
        return attachment.Content ?? throw new InvalidOperationException("The Adaptive Card attachment is empty.");
    }

    /// <summary>The card's facts (every FactSet at the top level of its body), title to value.</summary>
    public static Dictionary<string, string> FactsOf(JsonElement card) =>
        card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(e => e.GetProperty("facts").EnumerateArray())
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString()!);

    /// <summary>Every string in a card (texts, titles, data), unescaped, one per line: for asserting what the user reads.</summary>
    public static string TextOf(JsonElement card) => string.Join('\n', Strings(card));

    private static IEnumerable<string> Strings(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.String => [node.GetString()!],
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
