using Dapper;

namespace BenefitsBot.Storage.Relational;

/// <summary><see cref="IFeedbackStore"/> over <c>faq_feedback</c> (SQLite keeps <c>helpful</c> as 0/1, PostgreSQL as boolean; the SQL reads both).</summary>
public sealed class SqlFeedbackStore(RelationalDatabase database) : IFeedbackStore
{
    public async Task RecordAsync(FaqFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO faq_feedback (tenant_id, entry_id, helpful, language, user_id, created_at)
            VALUES (@TenantId, @EntryId, @Helpful, @Language, @UserId, @At)
            """,
            new { feedback.TenantId, feedback.EntryId, feedback.Helpful, feedback.Language, feedback.UserId, At = database.Now() },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<FaqFeedbackCount>> CountByEntryAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT entry_id, SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS helpful, SUM(CASE WHEN helpful THEN 0 ELSE 1 END) AS not_helpful
            FROM faq_feedback WHERE tenant_id = @tenantId GROUP BY entry_id ORDER BY entry_id
            """,
            new { tenantId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new FaqFeedbackCount(r.EntryId, checked((int)r.Helpful), checked((int)r.NotHelpful)))];
    }

    private sealed class Row
    {
        public string EntryId { get; set; } = string.Empty;

        public long Helpful { get; set; }

        public long NotHelpful { get; set; }
    }
}
