namespace BenefitsBot.Storage.Nudges;

/// <summary>
/// The nudge outbox shared by every bot instance. Planning inserts rows by idempotency key; senders claim rows with a lease
/// (SQLite: one writer at a time; PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>), record the attempt, then the outcome.
/// A row whose lease ran out while it was <see cref="NudgeDeliveryState.Sending"/> is never posted again: it becomes
/// <see cref="NudgeDeliveryState.Failed"/> with <see cref="OutcomeUnknown"/> (at most once; see the README).
/// </summary>
public interface INudgeOutbox
{
    /// <summary>The error recorded for a row whose sender stopped between posting and recording the answer.</summary>
    const string OutcomeUnknown = "outcome-unknown";

    /// <summary>Inserts the nudges whose key is new; cancels older unsent ones of the same series. Returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyCollection<PlannedNudge> nudges, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="max"/> rows that are pending or due for retry, oldest due date first.</summary>
    Task<IReadOnlyList<NudgeDelivery>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="owner"/> starts posting the row; false when its lease is gone or the row was cancelled.</summary>
    Task<bool> MarkSendingAsync(long id, string owner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records the connector's acceptance (even over an <see cref="OutcomeUnknown"/> failure set meanwhile).</summary>
    Task MarkSentAsync(long id, string owner, string conversationId, string? activityId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A transient failure: try again from <paramref name="nextAttemptAt"/>; the lease is released.</summary>
    Task MarkRetryAsync(long id, string owner, DateTimeOffset nextAttemptAt, string failure, DateTimeOffset now, CancellationToken cancellationToken);

    Task MarkFailedAsync(long id, string owner, string failure, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The nudge is no longer due (renewed, superseded, settings changed).</summary>
    Task MarkCancelledAsync(long id, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives back the rows <paramref name="owner"/> claimed but did not start (on shutdown), so another instance need not wait for the lease.</summary>
    Task ReleaseAsync(string owner, CancellationToken cancellationToken);

    /// <summary>The tenant's most recently changed rows, newest first.</summary>
    Task<IReadOnlyList<NudgeDelivery>> ListRecentAsync(string tenantId, int max, CancellationToken cancellationToken);

    /// <summary>The tenant's rows changed since <paramref name="since"/>, counted per state.</summary>
    Task<NudgeDeliveryCounts> CountAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken);
}
