using System.Data.Common;
using System.Globalization;
using BenefitsBot.Storage.Relational;

namespace BenefitsBot.Storage.Nudges;

/// <summary>Inserting planned nudges by idempotency key.</summary>
public abstract partial class SqlNudgeOutbox
{
    public async Task<int> EnqueueAsync(IReadOnlyCollection<PlannedNudge> nudges, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudges);
        if (nudges.Count == 0)
        {
            return 0;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = Command(connection, transaction, """
            INSERT INTO nudge_outbox (tenant_id, subject_id, kind, series, due_date, event_date, recipient_id, offer_id, state, attempts, next_attempt_at, created_at, updated_at)
            VALUES (@tenant, @subject, @kind, @series, @due, @event, @recipient, @offer, 'pending', 0, @now, @now, @now)
            ON CONFLICT (tenant_id, subject_id, kind, due_date) DO NOTHING
            """);

        // A later nudge of the same event replaces an earlier one still waiting (e.g. a 30-day reminder held up by retries).
        await using var supersede = Command(connection, transaction, """
            UPDATE nudge_outbox SET state = 'cancelled', last_error = 'superseded', lease_owner = NULL, lease_until = NULL, updated_at = @now
            WHERE tenant_id = @tenant AND subject_id = @subject AND series = @series AND due_date < @due AND state IN ('pending', 'retrying')
            """);
        var inserted = 0;
        // One order for every writer, so that two instances inserting the same keys cannot deadlock on each other's rows.
        foreach (var nudge in nudges.OrderBy(n => n.TenantId, StringComparer.Ordinal).ThenBy(n => n.SubjectId, StringComparer.Ordinal).ThenBy(n => n.Series, StringComparer.Ordinal).ThenBy(n => n.DueDate))
        {
            BindInsert(insert, nudge, now);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                continue;
            }

            inserted++;
            BindSeries(supersede, nudge, now);
            await supersede.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    private static void BindInsert(DbCommand command, PlannedNudge nudge, DateTimeOffset now)
    {
        BindSeries(command, nudge, now);
        command.AddParameter("kind", nudge.Kind.ToString());
        command.AddParameter("event", Day(nudge.EventDate));
        command.AddParameter("recipient", nudge.RecipientObjectId);
        command.AddParameter("offer", nudge.OfferId);
    }

    private static void BindSeries(DbCommand command, PlannedNudge nudge, DateTimeOffset now)
    {
        command.Parameters.Clear();
        command.AddParameter("tenant", nudge.TenantId);
        command.AddParameter("subject", nudge.SubjectId);
        command.AddParameter("series", nudge.Series);
        command.AddParameter("due", Day(nudge.DueDate));
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
