using BenefitsBot.Storage.Relational;
using Dapper;
using static BenefitsBot.Storage.Nudges.NudgeDeliveryState;

namespace BenefitsBot.Storage.Nudges;

/// <summary>
/// <see cref="INudgeOutbox"/> over the <c>nudge_outbox</c> table, with SQL both SQLite and PostgreSQL accept; only the claim's
/// row lock differs (<see cref="RelationalDatabase.ClaimLock"/>). Times are <see cref="StoredTime"/>, dates ISO text, so both
/// compare them the same way. Every change after the claim names the lease owner, so an instance can only finish rows it holds.
/// </summary>
public sealed partial class SqlNudgeOutbox(RelationalDatabase database) : INudgeOutbox
{
    private const string Columns = """
        id, tenant_id, subject_id, kind, series, due_date, event_date, recipient_id, offer_id, state, attempts,
        next_attempt_at, lease_owner, lease_until, conversation_id, activity_id, last_error, updated_at
        """;

    /// <summary>Rows a claim may take.</summary>
    private static string Claimable => $"state IN ({StoredNudgeState.SqlList(Pending, Retrying)})";

    /// <summary>Rows not yet sent or cancelled; a failed row may still be retried or cancelled by its owner.</summary>
    private static string Unfinished => $"state IN ({StoredNudgeState.SqlList(Pending, Sending, Retrying, Failed)})";

    public async Task<IReadOnlyList<NudgeDelivery>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE nudge_outbox SET state = @failed, last_error = @unknown, updated_at = @now
            WHERE state = @sending AND lease_until < @now
            """,
            new { failed = StoredNudgeState.Name(Failed), sending = StoredNudgeState.Name(Sending), unknown = INudgeOutbox.OutcomeUnknown, now },
            transaction,
            cancellationToken: cancellationToken));

        var claimed = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            UPDATE nudge_outbox SET lease_owner = @owner, lease_until = @until, attempts = attempts + 1, updated_at = @now
            WHERE id IN (
                SELECT id FROM nudge_outbox
                WHERE {Claimable} AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until < @now)
                ORDER BY due_date, id LIMIT @max{database.ClaimLock})
            RETURNING {Columns}
            """,
            new { owner, until = now + lease, now, max },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return [.. claimed.Select(r => r.ToDelivery()).OrderBy(d => d.Nudge.DueDate).ThenBy(d => d.Id)];
    }

    public async Task<bool> MarkSendingAsync(long id, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ChangeAsync(id, owner, now, Sending, "lease_until > @now AND " + Claimable, string.Empty, null, cancellationToken) == 1;

    public Task MarkSentAsync(long id, string owner, string conversationId, string? activityId, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(id, owner, now, Sent, $"state IN ({StoredNudgeState.SqlList(Sending, Failed)})",
            ", conversation_id = @conversationId, activity_id = @activityId, last_error = NULL", new { conversationId, activityId }, cancellationToken);

    public Task MarkRetryAsync(long id, string owner, DateTimeOffset nextAttemptAt, string failure, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(id, owner, now, Retrying, Unfinished,
            ", next_attempt_at = @nextAttemptAt, last_error = @failure, lease_owner = NULL, lease_until = NULL", new { nextAttemptAt, failure }, cancellationToken);

    public Task MarkFailedAsync(long id, string owner, string failure, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(id, owner, now, Failed, Unfinished, ", last_error = @failure", new { failure }, cancellationToken);

    public Task MarkCancelledAsync(long id, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(id, owner, now, Cancelled, Unfinished, ", last_error = @failure", new { failure = reason }, cancellationToken);

    public async Task ReleaseAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE nudge_outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = @owner AND {Claimable}",
            new { owner },
            cancellationToken: cancellationToken));
    }

    /// <summary>Moves the owner's row <paramref name="id"/> to <paramref name="state"/> where <paramref name="condition"/> holds; returns the rows changed (0 or 1).</summary>
    private async Task<int> ChangeAsync(long id, string owner, DateTimeOffset now, NudgeDeliveryState state, string condition, string alsoSet, object? parameters, CancellationToken cancellationToken)
    {
        var all = new DynamicParameters(new { id, owner, now, state = StoredNudgeState.Name(state) });
        if (parameters is not null)
        {
            all.AddDynamicParams(parameters);
        }

        await using var connection = await database.ConnectAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE nudge_outbox SET state = @state{alsoSet}, updated_at = @now WHERE id = @id AND lease_owner = @owner AND {condition}",
            all,
            cancellationToken: cancellationToken));
    }
}
