using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Diagnostics;

/// <summary>
/// The bot's one <see cref="Meter"/> and one <see cref="ActivitySource"/> (both named <see cref="Name"/>) and its instruments.
/// Attributes are kinds only (activity type, outcome, language, operation, status): never message text, user or conversation.
/// Without a listener every call here is a no-op check, so the turn's path pays nothing when telemetry is off.
/// </summary>
public sealed class BotTelemetry
{
    public const string Name = "BenefitsBot";

    /// <summary>Spans of turns, answers and connector calls. Static: an ActivitySource has no factory, listeners pick it by name.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly HashSet<string> KnownActivityTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.MessageReaction, ActivityTypes.Event, ActivityTypes.Typing,
    };

    private readonly Counter<long> turns;
    private readonly Histogram<double> turnDuration;
    private readonly Counter<long> answers;
    private readonly Counter<long> connectorCalls;
    private readonly Counter<long> graphCalls;
    private readonly Histogram<double> throttlingWaits;
    private readonly Counter<long> nudges;
    private readonly Gauge<int> outboxDue;

    /// <param name="meters">The host's factory: each host (and each test host) gets its own meter.</param>
    public BotTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        turns = meter.CreateCounter<long>("benefitsbot.turns", "{turn}", "Activities the bot handled, by activity type and HTTP status of the turn.");
        turnDuration = meter.CreateHistogram<double>(
            "benefitsbot.turn.duration",
            "s",
            "Time from an authenticated activity to the end of its turn (replies sent).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        answers = meter.CreateCounter<long>("benefitsbot.answers", "{question}", "Questions answered, by outcome (answered, clarify, none, rule) and question language.");
        connectorCalls = meter.CreateCounter<long>("benefitsbot.connector.calls", "{request}", "HTTP attempts to the Bot Connector, by operation and status (or error type).");
        graphCalls = meter.CreateCounter<long>("benefitsbot.graph.calls", "{request}", "HTTP attempts to Microsoft Graph, by status (or error type).");
        throttlingWaits = meter.CreateHistogram<double>(
            "benefitsbot.throttling.wait",
            "s",
            "Time a call waited for a rate-limit permit or for the Retry-After a throttled service asked for.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5, 10, 30, 60] });
        nudges = meter.CreateCounter<long>("benefitsbot.nudges", "{nudge}", "Nudge posts by result: sent, failed, retrying.");
        outboxDue = meter.CreateGauge<int>("benefitsbot.nudge.outbox.due", "{nudge}", "Outbox rows due at the sender's last pass (claimed and posted or retried in it).");
    }

    public void TurnHandled(string? activityType, int status, TimeSpan elapsed)
    {
        var tags = new TagList { { "activity.type", ActivityTypeTag(activityType) }, { "http.response.status_code", status } };
        turns.Add(1, tags);
        turnDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <param name="outcome">The outcome kind's name, lower case.</param>
    /// <param name="language">The question's language code (one of the four).</param>
    public void Answered(string outcome, string language) =>
        answers.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("language", language));

    /// <param name="status">The response's status, or null when none came (then <paramref name="error"/> names the exception type).</param>
    public void ConnectorCalled(string operation, int? status, string? error) =>
        connectorCalls.Add(1, CallTags(status, error, new KeyValuePair<string, object?>("operation", operation)));

    public void GraphCalled(int? status, string? error) => graphCalls.Add(1, CallTags(status, error));

    public void Throttled(ThrottledService service, ThrottleReason reason, TimeSpan wait) =>
        throttlingWaits.Record(
            wait.TotalSeconds,
            new KeyValuePair<string, object?>("service", service == ThrottledService.Graph ? "graph" : "connector"),
            new KeyValuePair<string, object?>("reason", reason == ThrottleReason.RetryAfter ? "retry_after" : "rate_limit"));

    /// <param name="result">The delivery state the post left the nudge in (sent, failed, retrying), by name in lower case as the outbox stores it.</param>
    public void NudgePosted<TState>(TState result)
        where TState : struct, Enum =>
        nudges.Add(1, new KeyValuePair<string, object?>("result", result.ToString().ToLowerInvariant()));

    public void OutboxDue(int rows) => outboxDue.Record(rows);

    /// <summary>The activity's type when it is one Teams sends, else "other": the type comes from the caller and must not carry text.</summary>
    public static string ActivityTypeTag(string? type) => type is not null && KnownActivityTypes.Contains(type) ? type : "other";

    private static TagList CallTags(int? status, string? error, KeyValuePair<string, object?>? extra = null)
    {
        var tags = new TagList();
        if (extra is { } tag)
        {
            tags.Add(tag);
        }

        if (status is { } code)
        {
            tags.Add("http.response.status_code", code);
        }
        else
        {
            tags.Add("error.type", error ?? "unknown");
        }

        return tags;
    }
}

/// <summary>Whose calls waited.</summary>
public enum ThrottledService
{
    Connector,
    Graph,
}

/// <summary>Why a call waited.</summary>
public enum ThrottleReason
{
    /// <summary>Our own limiter held the call back to stay inside Teams' send limits.</summary>
    RateLimit,

    /// <summary>The service answered 429 (or 503) with a Retry-After that the retry honoured.</summary>
    RetryAfter,
}
