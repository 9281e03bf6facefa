namespace BenefitsBot.Storage.Sqlite;

public sealed class SqliteFeedbackStore(SqliteDatabase database) : IFeedbackStore
{
    public async Task RecordAsync(FaqFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO faq_feedback (tenant_id, entry_id, helpful, language, user_id, created_at)
            VALUES ($tenant, $entry, $helpful, $language, $user, $at)
            """;
        command.Parameters.AddWithValue("$tenant", feedback.TenantId);
        command.Parameters.AddWithValue("$entry", feedback.EntryId);
        command.Parameters.AddWithValue("$helpful", feedback.Helpful ? 1 : 0);
        command.Parameters.AddWithValue("$language", feedback.Language);
        command.Parameters.AddWithValue("$user", (object?)feedback.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FaqFeedbackCount>> CountByEntryAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT entry_id, SUM(helpful), SUM(1 - helpful) FROM faq_feedback
            WHERE tenant_id = $tenant GROUP BY entry_id ORDER BY entry_id
            """;
        command.Parameters.AddWithValue("$tenant", tenantId);
        var counts = new List<FaqFeedbackCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new FaqFeedbackCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return counts;
    }
}
