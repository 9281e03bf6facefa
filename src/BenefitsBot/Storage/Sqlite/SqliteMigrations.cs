using BenefitsBot.Storage.Relational;
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
        (2, """
            CREATE TABLE tenant_records (
                tenant_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                json TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (tenant_id, kind, record_id));
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                tenant_id TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                result TEXT NOT NULL,
                at TEXT NOT NULL,
                detail TEXT);
            CREATE INDEX ix_audit_log_tenant_at ON audit_log (tenant_id, at, id);
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            """),
        (3, $"""
            {NudgeOutboxTable("nudge_outbox", "INTEGER")}
            CREATE INDEX ix_nudge_outbox_claim ON nudge_outbox (state, next_attempt_at);
            CREATE INDEX ix_nudge_outbox_tenant ON nudge_outbox (tenant_id, updated_at);
            """),
        // 4: one row per question asked, for the admin report. Privacy: outcome, entry, language and time only; no text, no user.
        (4, """
            CREATE TABLE question_outcomes (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                tenant_id TEXT NOT NULL,
                outcome TEXT NOT NULL,
                entry_id TEXT,
                language TEXT NOT NULL,
                at TEXT NOT NULL);
            CREATE INDEX ix_question_outcomes_tenant_at ON question_outcomes (tenant_id, at);
            """),
        // 5: what a tenant's admins add to the knowledge base (answers to tickets as articles, accepted alternate questions),
        // searched for that tenant only; the version, bumped with every change, tells each instance when to rebuild the tenant's answerer.
        (5, """
            CREATE TABLE tenant_articles (
                tenant_id TEXT NOT NULL,
                article_id TEXT NOT NULL,
                file_name TEXT NOT NULL,
                markdown TEXT NOT NULL,
                added_at TEXT NOT NULL,
                PRIMARY KEY (tenant_id, article_id));
            CREATE TABLE tenant_alternates (
                tenant_id TEXT NOT NULL,
                alternate_id TEXT NOT NULL,
                entry_id TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                added_at TEXT NOT NULL,
                PRIMARY KEY (tenant_id, alternate_id));
            CREATE TABLE tenant_knowledge_versions (
                tenant_id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                updated_at TEXT NOT NULL);
            """),
        // 6: one representation of time (see StoredTime): the outbox's Unix milliseconds and the "O" / provider-formatted text
        // of the other stamps become fixed-width UTC text with microseconds; SQLite cannot change a column's type, so the
        // outbox is copied into a new table.
        (6, $"""
            {NudgeOutboxTable("nudge_outbox_v6", "TEXT")}
            INSERT INTO nudge_outbox_v6 (id, tenant_id, subject_id, kind, series, due_date, event_date, recipient_id, offer_id, state, attempts,
                next_attempt_at, lease_owner, lease_until, conversation_id, activity_id, last_error, created_at, updated_at)
            SELECT id, tenant_id, subject_id, kind, series, due_date, event_date, recipient_id, offer_id, state, attempts,
                {FromUnixMilliseconds("next_attempt_at")}, lease_owner, {FromUnixMilliseconds("lease_until")}, conversation_id, activity_id, last_error,
                {FromUnixMilliseconds("created_at")}, {FromUnixMilliseconds("updated_at")}
            FROM nudge_outbox;
            DROP TABLE nudge_outbox;
            ALTER TABLE nudge_outbox_v6 RENAME TO nudge_outbox;
            CREATE INDEX ix_nudge_outbox_claim ON nudge_outbox (state, next_attempt_at);
            CREATE INDEX ix_nudge_outbox_tenant ON nudge_outbox (tenant_id, updated_at);
            UPDATE conversation_references SET updated_at = {FromRoundTripText("updated_at")} WHERE updated_at NOT LIKE '%Z';
            UPDATE faq_feedback SET created_at = {FromRoundTripText("created_at")} WHERE created_at NOT LIKE '%Z';
            UPDATE tenant_records SET updated_at = {FromRoundTripText("updated_at")} WHERE updated_at NOT LIKE '%Z';
            UPDATE schema_version SET applied_at = {FromRoundTripText("applied_at")} WHERE applied_at NOT LIKE '%Z';
            """),
    ];

    /// <summary>Applies the steps not applied yet, up to <paramref name="upTo"/> (tests stop early to write data in an older shape).</summary>
    public static async Task ApplyAsync(string connectionString, TimeProvider time, int upTo, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (version, sql) in Steps.Where(s => s.Version <= upTo))
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
            apply.Parameters.AddWithValue("$at", StoredTime.ToSqliteText(time.GetUtcNow()));
            await apply.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Unix milliseconds (INTEGER) as <see cref="StoredTime.SqliteFormat"/> text; NULL stays NULL.</summary>
    private static string FromUnixMilliseconds(string column) =>
        $"strftime('%Y-%m-%dT%H:%M:%S', {column} / 1000, 'unixepoch') || printf('.%03d000Z', {column} % 1000)";

    /// <summary>
    /// UTC text with a "+00:00" offset and 0 to 7 fractional digits (<c>ToString("O")</c>, or Microsoft.Data.Sqlite's own
    /// <c>yyyy-MM-dd HH:mm:ss.FFFFFFFzzz</c>) as <see cref="StoredTime.SqliteFormat"/> text, cut to microseconds.
    /// </summary>
    private static string FromRoundTripText(string column) =>
        $"substr({column}, 1, 10) || 'T' || substr({column}, 12, 8) || '.' || substr(CASE WHEN substr({column}, 20, 1) = '.' THEN substr({column}, 21, instr({column}, '+') - 21) ELSE '' END || '000000', 1, 6) || 'Z'";

    /// <summary>The outbox table with its instants as <paramref name="time"/>: INTEGER (Unix milliseconds, steps 3 to 5) or TEXT (step 6 on).</summary>
    private static string NudgeOutboxTable(string name, string time) => $"""
        CREATE TABLE {name} (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            tenant_id TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            series TEXT NOT NULL,
            due_date TEXT NOT NULL,
            event_date TEXT NOT NULL,
            recipient_id TEXT,
            offer_id TEXT,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at {time} NOT NULL,
            lease_owner TEXT,
            lease_until {time},
            conversation_id TEXT,
            activity_id TEXT,
            last_error TEXT,
            created_at {time} NOT NULL,
            updated_at {time} NOT NULL,
            UNIQUE (tenant_id, subject_id, kind, due_date));
        """;
}
