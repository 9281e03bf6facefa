using System.Net;

namespace BenefitsBot.Testing;

/// <summary>An error answer the <see cref="FakeConnectorServer"/> gives instead of the real one, shaped as Teams sends it.</summary>
public sealed record ConnectorFault(HttpStatusCode StatusCode, string? Body, TimeSpan? RetryAfter = null, DateTimeOffset? RetryAfterDate = null)
{
    /// <summary>How long the server stalls before answering (to exceed the client's attempt timeout).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Answers 504 only after <paramref name="delay"/>: a client with a shorter attempt timeout gives up first.</summary>
    public static ConnectorFault Hang(TimeSpan delay) => WithStatus(HttpStatusCode.GatewayTimeout) with { Delay = delay };

    /// <summary>429 with <c>Retry-After: &lt;seconds&gt;</c> (whole seconds, as the header carries them).</summary>
    public static ConnectorFault Throttled(TimeSpan retryAfter) => new(HttpStatusCode.TooManyRequests, Error("TooManyRequests", "Too many requests."), retryAfter);

    /// <summary>429 with <c>Retry-After: &lt;HTTP date&gt;</c>.</summary>
    public static ConnectorFault ThrottledUntil(DateTimeOffset date) => new(HttpStatusCode.TooManyRequests, Error("TooManyRequests", "Too many requests."), RetryAfterDate: date);

    public static ConnectorFault WithStatus(HttpStatusCode status) => new(status, Error("ServiceError", $"Fake failure {(int)status}."));

    /// <summary>403 as Teams answers when the user blocked or uninstalled the bot.</summary>
    public static ConnectorFault MessageWritesBlocked() => new(
        HttpStatusCode.Forbidden,
        """{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"details\":\"Thread is blocked for the bot.\"}"}""");

    /// <summary>403 as Teams answers when the bot was removed from the team or chat.</summary>
    public static ConnectorFault BotNotInConversationRoster() => new(
        HttpStatusCode.Forbidden,
        Error("BotNotInConversationRoster", "The bot is not part of the conversation roster."));

    public static ConnectorFault ConversationNotFound() => new(HttpStatusCode.NotFound, Error("ConversationNotFound", "Conversation not found."));

    internal static string Error(string code, string message) =>
        $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""";
}
