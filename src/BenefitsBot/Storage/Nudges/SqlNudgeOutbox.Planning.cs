using System.Globalization;
using Dapper;
using static BenefitsBot.Storage.Nudges.NudgeDeliveryState;

namespace BenefitsBot.Storage.Nudges;

/// <summary>Inserting planned nudges by idempotency key.</summary>
public sealed partial class SqlNudgeOutbox
{
    private static readonly string Insert = $"""
        INSERT INTO nudge_outbox (tenant_id, subject_id, kind, series, due_date, event_date, recipient_id, offer_id, state, attempts, next_attempt_at, created_at, updated_at)
        VALUES (@tenant, @subject, @kind, @series, @due, @event, @recipient, @offer, '{StoredNudgeState.Name(Pending)}', 0, @now, @now, @now)
        ON CONFLICT (tenant_id, subject_id, kind, due_date) DO NOTHING
        """;

    // A later nudge of the same event replaces an earlier one still waiting (e.g. a 30-day reminder held up by retries).
    private static readonly string Supersede = $"""
        UPDATE nudge_outbox SET state = '{StoredNudgeState.Name(Cancelled)}', last_error = 'superseded', lease_owner = NULL, lease_until = NULL, updated_at = @now
        WHERE tenant_id = @tenant AND subject_id = @subject AND series = @series AND due_date < @due AND {Claimable}
        """;

    public async Task<int> EnqueueAsync(IReadOnlyCollection<PlannedNudge> nudges, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudges);
        if (nudges.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = 0;
        // One order for every writer, so that two instances inserting the same keys cannot deadlock on each other's rows.
        foreach (var nudge in nudges.OrderBy(n => n.TenantId, StringComparer.Ordinal).ThenBy(n => n.SubjectId, StringComparer.Ordinal).ThenBy(n => n.Series, StringComparer.Ordinal).ThenBy(n => n.DueDate))
        {
            var parameters = new
            {
                tenant = nudge.TenantId,
                subject = nudge.SubjectId,
                kind = nudge.Kind.ToString(),
                series = nudge.Series,
                due = Day(nudge.DueDate),
                @event = Day(nudge.EventDate),
                recipient = nudge.RecipientObjectId,
                offer = nudge.OfferId,
                now,
            };
            if (await connection.ExecuteAsync(new CommandDefinition(Insert, parameters, transaction, cancellationToken: cancellationToken)) == 0)
            {
                continue;
            }

            inserted++;
            await connection.ExecuteAsync(new CommandDefinition(Supersede, parameters, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
