using Npgsql;

namespace BenefitsBot.Storage.Postgres;

public sealed class PostgresFeedbackStore(PostgresDatabase database) : IFeedbackStore
{
    public async Task RecordAsync(FaqFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO faq_feedback (tenant_id, entry_id, helpful, language, user_id, created_at)
            VALUES (@tenant, @entry, @helpful, @language, @user, now())
            """, connection);
        command.Parameters.AddWithValue("tenant", feedback.TenantId);
        command.Parameters.AddWithValue("entry", feedback.EntryId);
        command.Parameters.AddWithValue("helpful", feedback.Helpful);
        command.Parameters.AddWithValue("language", feedback.Language);
        command.Parameters.AddWithValue("user", (object?)feedback.UserId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FaqFeedbackCount>> CountByEntryAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT entry_id, COUNT(*) FILTER (WHERE helpful), COUNT(*) FILTER (WHERE NOT helpful) FROM faq_feedback
            WHERE tenant_id = @tenant GROUP BY entry_id ORDER BY entry_id
            """, connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        var counts = new List<FaqFeedbackCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new FaqFeedbackCount(reader.GetString(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2)));
        }

        return counts;
    }
}
