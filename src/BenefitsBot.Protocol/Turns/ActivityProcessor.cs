using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Authentication;
using BenefitsBot.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Protocol.Turns;

/// <summary>The turn pipeline behind <c>/api/messages</c>: parse, validate, authenticate, run the bot, shape the answer. Tests drive the same pipeline.</summary>
public sealed partial class ActivityProcessor(
    IBot bot,
    BotRequestAuthenticator authenticator,
    IActivitySenderFactory senders,
    TimeProvider time,
    BotTelemetry telemetry,
    ILogger<ActivityProcessor> logger)
{
    public async Task<ProcessResult> ProcessAsync(ReadOnlyMemory<byte> body, string? authorizationHeader, CancellationToken cancellationToken)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Span, ActivityJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            return ProcessResult.Problem(400, MalformedJson(ex));
        }

        if (activity is null)
        {
            return ProcessResult.Problem(400, "The request body is empty.");
        }

        if (activity.ApplyInputLimits() is { Count: > 0 } ignored)
        {
            LogInputLimited(logger, activity.Conversation?.Id, ignored);
        }

        if (activity.FindMissingRequiredField() is { } missing)
        {
            return ProcessResult.Problem(400, $"The activity is missing a required field: {missing}.");
        }

        var auth = await authenticator.AuthenticateAsync(authorizationHeader, activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!auth.Succeeded || auth.Identity is null)
        {
            LogUnauthorized(logger, activity.Conversation?.Id, auth.FailureReason);
            return auth.IsUnavailable
                ? ProcessResult.Problem(503, "The bot cannot check tokens right now (its identity provider is unreachable); try again shortly.")
                : ProcessResult.Problem(401, "Unauthorized.");
        }

        var started = time.GetTimestamp();
        using var span = BotTelemetry.Source.StartActivity("turn");
        span?.SetTag("activity.type", BotTelemetry.ActivityTypeTag(activity.Type));
        var result = await RunTurnAsync(activity, auth.Identity, started, cancellationToken);
        span?.SetTag("http.response.status_code", result.Status);
        telemetry.TurnHandled(activity.Type, result.Status, time.GetElapsedTime(started));
        return result;
    }

    private async Task<ProcessResult> RunTurnAsync(Activity activity, System.Security.Claims.ClaimsIdentity identity, long started, CancellationToken cancellationToken)
    {
        // A message-template scope: the JSON console gets the ids as properties, the simple console prints them as text.
        using var scope = logger.BeginScope("Conversation {ConversationId}, activity {ActivityId} ({ActivityType})", activity.Conversation?.Id, activity.Id, activity.Type);
        var expectReplies = string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);
        var buffer = expectReplies ? new BufferedActivitySender() : null;
        IActivitySender sender = buffer is null ? new ReplySender(senders.CreateFor(activity), time, logger, cancellationToken) : buffer;
        var turn = new TurnContext(activity, identity, sender);
        using var callerGone = cancellationToken.Register(() =>
            LogCallerGaveUp(logger, activity.Type, activity.Conversation?.Id, (long)time.GetElapsedTime(started).TotalMilliseconds));
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Logged when the caller left; nobody reads this answer.
            return ProcessResult.Problem(499, "The caller closed the request.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnFailed(logger, ex, activity.Type);
            return ProcessResult.Problem(500, "The bot failed to handle the activity.");
        }

        LogTurnHandled(logger, activity.Type, activity.Name);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return turn.InvokeResponse is { } invoke ? new ProcessResult(invoke.Status, invoke.Body) : new ProcessResult(501);
        }

        return buffer is null ? new ProcessResult(200) : new ProcessResult(200, ExpectedReplies(buffer));
    }

    /// <summary>Names where the JSON went wrong (<c>$.entities[0]</c>), never the content; no stack trace.</summary>
    private static string MalformedJson(JsonException ex) =>
        ex.Path is { Length: > 1 } path
            ? $"The request body is not a valid activity (malformed JSON, or a field of the wrong type: {(path.Length > 120 ? path[..120] + "…" : path)})."
            : "The request body is not a valid activity (malformed JSON).";

    private static JsonObject ExpectedReplies(BufferedActivitySender buffer)
    {
        var activities = new JsonArray();
        foreach (var sent in buffer.Sent)
        {
            activities.Add(JsonSerializer.SerializeToNode(sent, ActivityJsonContext.Default.Activity));
        }

        return new JsonObject { ["activities"] = activities };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn handled: {ActivityType} {InvokeName}")]
    private static partial void LogTurnHandled(ILogger logger, string? activityType, string? invokeName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The caller gave up on a {ActivityType} turn in conversation {ConversationId} after {ElapsedMs} ms; replies under way are still delivered")]
    private static partial void LogCallerGaveUp(ILogger logger, string? activityType, string? conversationId, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Input limits applied to an activity in conversation {ConversationId}: {Fields}")]
    private static partial void LogInputLimited(ILogger logger, string? conversationId, IReadOnlyList<string> fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated request for conversation {ConversationId}: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? conversationId, string? reason);
}
