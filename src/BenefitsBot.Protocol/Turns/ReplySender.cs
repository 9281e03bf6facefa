using BenefitsBot.Protocol.Activities;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Protocol.Turns;

/// <summary>
/// A turn's sends, kept from the caller's cancellation: Teams gives up on an inbound request after 15 s, but a reply under way
/// (connector retries, a rate-limit wait) is still worth delivering, so the caller leaving does not cancel it. Each send is
/// bounded by <see cref="Timeout"/> instead; a token other than the caller's is still honoured.
/// </summary>
internal sealed partial class ReplySender(IActivitySender inner, TimeProvider time, ILogger logger, CancellationToken callerAborted) : IActivitySender
{
    /// <summary>The longest one send may take once the caller has gone: the connector's retries and rate limits fit well inside.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        DetachedAsync(activity, inner.SendAsync, cancellationToken);

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        DetachedAsync<string?>(
            activity,
            async (a, ct) =>
            {
                await inner.UpdateAsync(a, ct).ConfigureAwait(false);
                return null;
            },
            cancellationToken);

    private async Task<T> DetachedAsync<T>(Activity activity, Func<Activity, CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var deadline = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(
            deadline.Token, cancellationToken == callerAborted ? CancellationToken.None : cancellationToken);
        var result = await send(activity, linked.Token).ConfigureAwait(false);
        if (callerAborted.IsCancellationRequested)
        {
            LogDeliveredAfterCallerLeft(logger, activity.Conversation?.Id);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reply to conversation {ConversationId} delivered after the caller gave up on the turn")]
    private static partial void LogDeliveredAfterCallerLeft(ILogger logger, string? conversationId);
}
