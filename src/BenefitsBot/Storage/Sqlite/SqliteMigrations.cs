using Microsoft.Data.Sqlite;

namespace BenefitsBot.Storage.Sqlite;

/// <summary>Ordered schema changes for the SQLite store; each runs once, recorded in <c>schema_version</c>.</summary>
internal static class SqliteMigrations
{
    private static readonly (int Version, string Sql)[] Steps =
    [
        (1, """
            CREATE TABLE conversation_references (
                tenant_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                reference_json TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (tenant_id, conversation_id));
            CREATE TABLE faq_feedback (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                tenant_id TEXT NOT NULL,
                entry_id TEXT NOT NULL,
                helpful INTEGER NOT NULL,
                language TEXT NOT NULL,
                user_id TEXT,
                created_at TEXT NOT NULL);
            CREATE INDEX ix_faq_feedback_entry ON faq_feedback (tenant_id, entry_id);
            """),
    ];

    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (version, sql) in Steps)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var check = connection.CreateCommand();
            check.CommandText = "SELECT COUNT(*) FROM schema_version WHERE version = $v";
            check.Parameters.AddWithValue("$v", version);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await using var apply = connection.CreateCommand();
            apply.CommandText = sql + ";INSERT INTO schema_version (version, applied_at) VALUES ($v, $at);";
            apply.Parameters.AddWithValue("$v", version);
            apply.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            await apply.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
