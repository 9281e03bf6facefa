using System.Data.Common;
using BenefitsBot.Storage.Relational;

namespace BenefitsBot.Storage.Nudges;

/// <summary>
/// <see cref="INudgeOutbox"/> over the <c>nudge_outbox</c> table, with SQL both SQLite and PostgreSQL accept; only the claim's
/// row lock differs (<see cref="ClaimLock"/>). Times are Unix milliseconds, dates ISO text, so both compare them the same way.
/// Every change after the claim names the lease owner, so an instance can only finish rows it holds.
/// </summary>
public abstract partial class SqlNudgeOutbox : INudgeOutbox
{
    private const string Columns = """
        id, tenant_id, subject_id, kind, series, due_date, event_date, recipient_id, offer_id, state, attempts,
        next_attempt_at, lease_owner, lease_until, conversation_id, activity_id, last_error, updated_at
        """;

    /// <summary>Appended to the claim's inner SELECT: nothing for SQLite (one writer at a time), <c>FOR UPDATE SKIP LOCKED</c> for PostgreSQL.</summary>
    protected abstract string ClaimLock { get; }

    public async Task<IReadOnlyList<NudgeDelivery>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var abandoned = Command(connection, transaction, """
            UPDATE nudge_outbox SET state = 'failed', last_error = @unknown, updated_at = @now
            WHERE state = 'sending' AND lease_until < @now
            """))
        {
            abandoned.AddParameter("unknown", INudgeOutbox.OutcomeUnknown);
            abandoned.AddParameter("now", now.ToUnixTimeMilliseconds());
            await abandoned.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var claim = Command(connection, transaction, $"""
            UPDATE nudge_outbox SET lease_owner = @owner, lease_until = @until, attempts = attempts + 1, updated_at = @now
            WHERE id IN (
                SELECT id FROM nudge_outbox
                WHERE state IN ('pending', 'retrying') AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until < @now)
                ORDER BY due_date, id LIMIT @max{ClaimLock})
            RETURNING {Columns}
            """);
        claim.AddParameter("owner", owner);
        claim.AddParameter("until", (now + lease).ToUnixTimeMilliseconds());
        claim.AddParameter("now", now.ToUnixTimeMilliseconds());
        claim.AddParameter("max", max);
        var claimed = await ReadAllAsync(claim, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. claimed.OrderBy(d => d.Nudge.DueDate).ThenBy(d => d.Id)];
    }

    public async Task<bool> MarkSendingAsync(long id, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ChangeAsync(id, owner, now, "state = 'sending'", "state IN ('pending', 'retrying') AND lease_until > @now", null, cancellationToken) == 1;

    public Task MarkSentAsync(long id, string owner, string conversationId, string? activityId, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(id, owner, now, "state = 'sent', conversation_id = @conversation, activity_id = @activity, last_error = NULL", "state IN ('sending', 'failed')", command =>
        {
            command.AddParameter("conversation", conversationId);
            command.AddParameter("activity", activityId);
        }, cancellationToken);

    public Task MarkRetryAsync(long id, string owner, DateTimeOffset nextAttemptAt, string failure, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(id, owner, now, "state = 'retrying', next_attempt_at = @next, last_error = @error, lease_owner = NULL, lease_until = NULL", Unfinished, command =>
        {
            command.AddParameter("next", nextAttemptAt.ToUnixTimeMilliseconds());
            command.AddParameter("error", failure);
        }, cancellationToken);

    public Task MarkFailedAsync(long id, string owner, string failure, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(id, owner, now, "state = 'failed', last_error = @error", Unfinished, command => command.AddParameter("error", failure), cancellationToken);

    public Task MarkCancelledAsync(long id, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(id, owner, now, "state = 'cancelled', last_error = @error", Unfinished, command => command.AddParameter("error", reason), cancellationToken);

    public async Task ReleaseAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE nudge_outbox SET lease_owner = NULL, lease_until = NULL
            WHERE lease_owner = @owner AND state IN ('pending', 'retrying')
            """);
        command.AddParameter("owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>An open connection on the migrated database.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Rows not yet sent or cancelled; a failed row may still be retried or cancelled by its owner.</summary>
    private const string Unfinished = "state IN ('pending', 'sending', 'retrying', 'failed')";

    private async Task<int> ChangeAsync(long id, string owner, DateTimeOffset now, string set, string condition, Action<DbCommand>? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"UPDATE nudge_outbox SET {set}, updated_at = @now WHERE id = @id AND lease_owner = @owner AND {condition}");
        command.AddParameter("id", id);
        command.AddParameter("owner", owner);
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        parameters?.Invoke(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
