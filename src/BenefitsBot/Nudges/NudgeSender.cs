using System.Threading.Channels;
using BenefitsBot.Protocol.Diagnostics;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Nudges;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Nudges;

/// <summary>
/// Posts due nudges from the outbox. Per row: claim (lease) → re-check it is still due → record <c>sending</c> → post →
/// record <c>sent</c>. On stop it claims nothing more, gives back rows it has not started, and lets posts already under way
/// finish and be recorded (up to <see cref="NudgeOptions.DrainTimeout"/>), so a restart neither repeats nor loses a nudge.
/// </summary>
public sealed partial class NudgeSender(
    INudgeOutbox outbox,
    INudgeSources sources,
    NudgePoster poster,
    IOptions<NudgeOptions> options,
    TimeProvider time,
    BotTelemetry telemetry,
    ILogger<NudgeSender> logger)
{
    private readonly NudgeOptions settings = options.Value;

    /// <summary>This sender's lease owner id: unique per process and sender.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Claims and posts until nothing is due or <paramref name="stoppingToken"/> fires; returns how many were sent.</summary>
    /// <remarks>
    /// A pipeline, not batch by batch: a claimer keeps a bounded queue filled while <see cref="NudgeOptions.SendConcurrency"/>
    /// posters drain it, so nudges waiting for a busy channel's rate limit do not hold back the rest of the batch.
    /// </remarks>
    public async Task<int> SendDueAsync(CancellationToken stoppingToken)
    {
        var sent = 0;
        using var drain = new CancellationTokenSource();
        await using var stopping = stoppingToken.Register(() => drain.CancelAfter(settings.DrainTimeout));
        var queue = Channel.CreateBounded<NudgeDelivery>(settings.BatchSize);
        var tenants = new TenantDataCache(sources, time);
        var claimer = ClaimAllAsync(queue.Writer, stoppingToken);
        var posters = Enumerable.Range(0, settings.SendConcurrency).Select(async _ =>
        {
            await foreach (var delivery in queue.Reader.ReadAllAsync(CancellationToken.None))
            {
                // Not started before the stop: left for ReleaseAsync. Started: finishes under the drain token.
                if (!stoppingToken.IsCancellationRequested && await TryDeliverAsync(delivery, tenants, drain.Token))
                {
                    Interlocked.Increment(ref sent);
                }
            }
        }).ToList();
        try
        {
            await claimer;
        }
        finally
        {
            await Task.WhenAll(posters);
            if (stoppingToken.IsCancellationRequested)
            {
                await outbox.ReleaseAsync(Owner, CancellationToken.None);
            }
        }

        return sent;
    }

    private async Task ClaimAllAsync(ChannelWriter<NudgeDelivery> queue, CancellationToken stoppingToken)
    {
        var claimed = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = await outbox.ClaimAsync(Owner, time.GetUtcNow(), settings.Lease, settings.BatchSize, stoppingToken);
                if (batch.Count == 0)
                {
                    break;
                }

                claimed += batch.Count;

                foreach (var delivery in batch)
                {
                    // On a stop the rest of the batch stays claimed by this owner and is released below.
                    await queue.WriteAsync(delivery, stoppingToken);
                }
            }
        }
        finally
        {
            queue.Complete();

            // Every due row is claimed in one pass, so the pass's total is the outbox's due depth at that tick.
            telemetry.OutboxDue(claimed);
        }
    }

    /// <summary>
    /// One delivery; a failure is logged and ends only this delivery, so the posters keep draining the queue. The row stays
    /// as it was: claimed (claimed again after the lease) or <c>sending</c> (then <see cref="INudgeOutbox.OutcomeUnknown"/>).
    /// </summary>
    private async Task<bool> TryDeliverAsync(NudgeDelivery delivery, TenantDataCache tenants, CancellationToken drainToken)
    {
        try
        {
            return await DeliverAsync(delivery, tenants, drainToken);
        }
        catch (OperationCanceledException) when (drainToken.IsCancellationRequested)
        {
            LogAbandoned(logger, delivery.Nudge.Key);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDeliveryError(logger, delivery.Nudge.Key, ex);
            return false;
        }
    }

    private async Task<bool> DeliverAsync(NudgeDelivery delivery, TenantDataCache tenants, CancellationToken drainToken)
    {
        var nudge = delivery.Nudge;
        var data = await tenants.GetAsync(nudge.TenantId);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!NudgePlanner.Plan(data, today).Contains(nudge))
        {
            // Renewed, superseded by a later lead time, or the settings changed since it was planned.
            await outbox.MarkCancelledAsync(delivery.Id, Owner, "no-longer-due", time.GetUtcNow(), CancellationToken.None);
            return false;
        }

        if (!await outbox.MarkSendingAsync(delivery.Id, Owner, time.GetUtcNow(), CancellationToken.None))
        {
            return false;
        }

        var outcome = await poster.PostAsync(delivery, data, today, drainToken);
        await RecordAsync(delivery, outcome);
        return outcome.Posted is not null;
    }

    private async Task RecordAsync(NudgeDelivery delivery, PostOutcome outcome)
    {
        var now = time.GetUtcNow();
        if (outcome.Posted is { } posted)
        {
            await outbox.MarkSentAsync(delivery.Id, Owner, posted.ConversationId, posted.ActivityId, now, CancellationToken.None);
            telemetry.NudgePosted(NudgeDeliveryState.Sent);
            LogSent(logger, delivery.Nudge.Key, posted.ConversationId);
        }
        else if (outcome.RetryAfter is { } wait && delivery.Attempts < settings.MaxAttempts)
        {
            var backoff = settings.RetryBaseDelay * Math.Pow(2, Math.Max(0, delivery.Attempts - 1));
            await outbox.MarkRetryAsync(delivery.Id, Owner, now + (wait > backoff ? wait : backoff), outcome.Error!, now, CancellationToken.None);
            telemetry.NudgePosted(NudgeDeliveryState.Retrying);
            LogRetrying(logger, delivery.Nudge.Key, outcome.Error);
        }
        else
        {
            await outbox.MarkFailedAsync(delivery.Id, Owner, outcome.Error ?? "failed", now, CancellationToken.None);
            telemetry.NudgePosted(NudgeDeliveryState.Failed);
            LogFailed(logger, delivery.Nudge.Key, outcome.Error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge {Key} was still being posted when the drain time after a stop ran out")]
    private static partial void LogAbandoned(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nudge {Key} could not be delivered")]
    private static partial void LogDeliveryError(ILogger logger, string key, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nudge {Key} sent to {ConversationId}")]
    private static partial void LogSent(ILogger logger, string key, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge {Key} will be retried: {Error}")]
    private static partial void LogRetrying(ILogger logger, string key, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge {Key} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string key, string? error);
}
