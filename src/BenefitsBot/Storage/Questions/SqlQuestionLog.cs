using System.Data.Common;
using BenefitsBot.Reporting;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Relational;

namespace BenefitsBot.Storage.Questions;

/// <summary>
/// <see cref="IQuestionLog"/> over <c>question_outcomes</c> (migration step 4), with SQL both SQLite and PostgreSQL accept.
/// Privacy: the table has no column for the question's text or the user; see <see cref="QuestionOutcome"/>.
/// </summary>
public abstract class SqlQuestionLog : IQuestionLog
{
    public async Task RecordAsync(QuestionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentException.ThrowIfNullOrEmpty(outcome.TenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO question_outcomes (tenant_id, outcome, entry_id, language, at) VALUES (@tenant, @outcome, @entry, @language, @at)";
        command.AddParameter("tenant", outcome.TenantId);
        command.AddParameter("outcome", outcome.Kind.ToString());
        command.AddParameter("entry", outcome.EntryId);
        command.AddParameter("language", outcome.Language);
        command.AddParameter("at", ToDbTime(AuditTime.ToStoredPrecision(outcome.At)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<QuestionTally>> TallyAsync(string? tenantId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tenant_id, outcome, COUNT(*) FROM question_outcomes WHERE at >= @since"
            + (tenantId is null ? string.Empty : " AND tenant_id = @tenant")
            + " GROUP BY tenant_id, outcome ORDER BY tenant_id, outcome";
        command.AddParameter("since", ToDbTime(AuditTime.ToStoredPrecision(since)));
        if (tenantId is not null)
        {
            command.AddParameter("tenant", tenantId);
        }

        var tallies = new List<QuestionTally>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // An outcome name this build does not know (written by a newer one) is left out rather than failing the report.
            if (Enum.TryParse<QuestionOutcomeKind>(reader.GetString(1), out var kind))
            {
                tallies.Add(new QuestionTally(reader.GetString(0), kind, checked((int)reader.GetInt64(2))));
            }
        }

        return tallies;
    }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The parameter value for an instant in the <c>at</c> column (already UTC, whole microseconds).</summary>
    protected virtual object ToDbTime(DateTimeOffset utc) => utc;
}
