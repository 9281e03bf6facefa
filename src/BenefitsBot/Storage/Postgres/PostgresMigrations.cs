using BenefitsBot.Storage.Relational;
using Npgsql;

namespace BenefitsBot.Storage.Postgres;

/// <summary>Ordered schema changes for PostgreSQL, applied once under an advisory lock so that instances starting together do not race.</summary>
internal static class PostgresMigrations
{
    /// <summary>Arbitrary key for <c>pg_advisory_xact_lock</c>, the same in every instance.</summary>
    private const long MigrationLockKey = 0x42656e6566697473;

    private static readonly (int Version, string Sql)[] Steps =
    [
        (1, """
            CREATE TABLE conversation_references (
                tenant_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                reference_json TEXT NOT NULL,
                active BOOLEAN NOT NULL DEFAULT TRUE,
                updated_at TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (tenant_id, conversation_id));
            CREATE TABLE faq_feedback (
                id BIGSERIAL PRIMARY KEY,
                tenant_id TEXT NOT NULL,
                entry_id TEXT NOT NULL,
                helpful BOOLEAN NOT NULL,
                language TEXT NOT NULL,
                user_id TEXT,
                created_at TIMESTAMPTZ NOT NULL);
            CREATE INDEX ix_faq_feedback_entry ON faq_feedback (tenant_id, entry_id);
            """),
        (2, """
            CREATE TABLE tenant_records (
                tenant_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                version BIGINT NOT NULL,
                json JSONB NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (tenant_id, kind, record_id));
            CREATE TABLE audit_log (
                id BIGSERIAL PRIMARY KEY,
                tenant_id TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                result TEXT NOT NULL,
                at TIMESTAMPTZ NOT NULL,
                detail TEXT);
            CREATE INDEX ix_audit_log_tenant_at ON audit_log (tenant_id, at, id);
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only';
            END $$;
            CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
            """),
        (3, """
            CREATE TABLE nudge_outbox (
                id BIGSERIAL PRIMARY KEY,
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
                next_attempt_at BIGINT NOT NULL,
                lease_owner TEXT,
                lease_until BIGINT,
                conversation_id TEXT,
                activity_id TEXT,
                last_error TEXT,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                UNIQUE (tenant_id, subject_id, kind, due_date));
            CREATE INDEX ix_nudge_outbox_claim ON nudge_outbox (state, next_attempt_at);
            CREATE INDEX ix_nudge_outbox_tenant ON nudge_outbox (tenant_id, updated_at);
            """),
        // 4: one row per question asked, for the admin report. Privacy: outcome, entry, language and time only; no text, no user.
        (4, """
            CREATE TABLE question_outcomes (
                id BIGSERIAL PRIMARY KEY,
                tenant_id TEXT NOT NULL,
                outcome TEXT NOT NULL,
                entry_id TEXT,
                language TEXT NOT NULL,
                at TIMESTAMPTZ NOT NULL);
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
                added_at TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (tenant_id, article_id));
            CREATE TABLE tenant_alternates (
                tenant_id TEXT NOT NULL,
                alternate_id TEXT NOT NULL,
                entry_id TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                added_at TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (tenant_id, alternate_id));
            CREATE TABLE tenant_knowledge_versions (
                tenant_id TEXT NOT NULL PRIMARY KEY,
                version BIGINT NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL);
            """),
        // 6: one representation of time (see StoredTime): the outbox's Unix milliseconds become timestamptz like every other stamp.
        (6, $"""
            ALTER TABLE nudge_outbox
                ALTER COLUMN next_attempt_at TYPE TIMESTAMPTZ USING {FromUnixMilliseconds("next_attempt_at")},
                ALTER COLUMN lease_until TYPE TIMESTAMPTZ USING {FromUnixMilliseconds("lease_until")},
                ALTER COLUMN created_at TYPE TIMESTAMPTZ USING {FromUnixMilliseconds("created_at")},
                ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING {FromUnixMilliseconds("updated_at")};
            """),
    ];

    /// <summary>Applies the steps not applied yet, up to <paramref name="upTo"/> (tests stop early to write data in an older shape).</summary>
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, TimeProvider time, int upTo, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var setup = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key); CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL);", connection, transaction))
        {
            setup.Parameters.AddWithValue("key", MigrationLockKey);
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (version, sql) in Steps.Where(s => s.Version <= upTo))
        {
            await using var check = new NpgsqlCommand("SELECT COUNT(*) FROM schema_version WHERE version = @v", connection, transaction);
            check.Parameters.AddWithValue("v", version);
            if ((long)(await check.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                continue;
            }

            await using var apply = new NpgsqlCommand(sql + ";INSERT INTO schema_version (version, applied_at) VALUES (@v, @at);", connection, transaction);
            apply.Parameters.AddWithValue("v", version);
            apply.Parameters.AddWithValue("at", StoredTime.Truncate(time.GetUtcNow()));
            await apply.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Unix milliseconds (BIGINT) as timestamptz, in exact integer arithmetic; NULL stays NULL.</summary>
    private static string FromUnixMilliseconds(string column) => $"TIMESTAMPTZ 'epoch' + {column} * INTERVAL '1 millisecond'";
}
