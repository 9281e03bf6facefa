using BenefitsBot.Storage.Relational;
using Dapper;

namespace BenefitsBot.Storage.Questions;

/// <summary>
/// <see cref="IQuestionLog"/> over <c>question_outcomes</c> (migration step 4), with SQL both SQLite and PostgreSQL accept.
/// Privacy: the table has no column for the question's text or the user; see <see cref="QuestionOutcome"/>.
/// </summary>
public sealed class SqlQuestionLog(RelationalDatabase database) : IQuestionLog
{
    public async Task RecordAsync(QuestionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentException.ThrowIfNullOrEmpty(outcome.TenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO question_outcomes (tenant_id, outcome, entry_id, language, at) VALUES (@TenantId, @Kind, @EntryId, @Language, @At)",
            new { outcome.TenantId, Kind = outcome.Kind.ToString(), outcome.EntryId, outcome.Language, outcome.At },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<QuestionTally>> TallyAsync(string? tenantId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT tenant_id, outcome, COUNT(*) AS count FROM question_outcomes WHERE at >= @since"
                + (tenantId is null ? string.Empty : " AND tenant_id = @tenantId")
                + " GROUP BY tenant_id, outcome ORDER BY tenant_id, outcome",
            new { since, tenantId },
            cancellationToken: cancellationToken));

        // An outcome name this build does not know (written by a newer one) is left out rather than failing the report.
        return [.. rows
            .Where(r => Enum.TryParse<QuestionOutcomeKind>(r.Outcome, out _))
            .Select(r => new QuestionTally(r.TenantId, Enum.Parse<QuestionOutcomeKind>(r.Outcome), checked((int)r.Count)))];
    }

    private sealed class Row
    {
        public string TenantId { get; set; } = string.Empty;

        public string Outcome { get; set; } = string.Empty;

        public long Count { get; set; }
    }
}
