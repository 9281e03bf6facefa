using System.Data.Common;
using System.Globalization;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Relational;

namespace BenefitsBot.Storage.Knowledge;

/// <summary>
/// <see cref="ITenantKnowledgeStore"/> over <c>tenant_articles</c>, <c>tenant_alternates</c> and
/// <c>tenant_knowledge_versions</c> (migration step 5), with SQL both SQLite and PostgreSQL accept. A change and its version
/// bump commit together, so an instance that sees the new version also sees the change.
/// </summary>
public abstract class SqlTenantKnowledgeStore : ITenantKnowledgeStore
{
    private const string BumpVersion = """
        INSERT INTO tenant_knowledge_versions (tenant_id, version, updated_at) VALUES (@tenant, 1, @at)
        ON CONFLICT (tenant_id) DO UPDATE SET version = tenant_knowledge_versions.version + 1, updated_at = excluded.updated_at
        """;

    public async Task<long> VersionAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        return await VersionAsync(connection, tenantId, cancellationToken);
    }

    public async Task<TenantContent> ReadAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await OpenAsync(cancellationToken);

        // The version first: rows read after it are at least as new, so an answerer cached under it is never staler than it says.
        var version = await VersionAsync(connection, tenantId, cancellationToken);
        var articles = await QueryAsync(connection, tenantId, "SELECT article_id, file_name, markdown FROM tenant_articles WHERE tenant_id = @tenant ORDER BY article_id",
            reader => new TenantArticle(reader.GetString(0), reader.GetString(1), reader.GetString(2)), cancellationToken);
        var alternates = await QueryAsync(connection, tenantId, "SELECT alternate_id, entry_id, language, text FROM tenant_alternates WHERE tenant_id = @tenant ORDER BY alternate_id",
            reader => new TenantAlternate(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)), cancellationToken);
        return new TenantContent(version, articles, alternates);
    }

    public async Task SaveArticleAsync(string tenantId, TenantArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await ChangeAsync(tenantId, """
            INSERT INTO tenant_articles (tenant_id, article_id, file_name, markdown, added_at) VALUES (@tenant, @id, @file, @markdown, @at)
            ON CONFLICT (tenant_id, article_id) DO UPDATE SET file_name = excluded.file_name, markdown = excluded.markdown, added_at = excluded.added_at
            """, command =>
            {
                command.AddParameter("id", article.Id);
                command.AddParameter("file", article.FileName);
                command.AddParameter("markdown", article.Markdown);
            }, cancellationToken);
    }

    public Task<bool> AddAlternateAsync(string tenantId, TenantAlternate alternate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alternate);
        return ChangeAsync(tenantId, """
            INSERT INTO tenant_alternates (tenant_id, alternate_id, entry_id, language, text, added_at) VALUES (@tenant, @id, @entry, @language, @text, @at)
            ON CONFLICT (tenant_id, alternate_id) DO NOTHING
            """, command =>
            {
                command.AddParameter("id", alternate.Id);
                command.AddParameter("entry", alternate.EntryId);
                command.AddParameter("language", alternate.Language);
                command.AddParameter("text", alternate.Text);
            }, cancellationToken);
    }

    public Task<bool> RemoveAlternateAsync(string tenantId, string alternateId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(alternateId);
        return ChangeAsync(tenantId, "DELETE FROM tenant_alternates WHERE tenant_id = @tenant AND alternate_id = @id",
            command => command.AddParameter("id", alternateId), cancellationToken);
    }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The parameter value for an instant (already UTC, whole microseconds).</summary>
    protected virtual object ToDbTime(DateTimeOffset utc) => utc;

    private static async Task<long> VersionAsync(DbConnection connection, string tenantId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM tenant_knowledge_versions WHERE tenant_id = @tenant";
        command.AddParameter("tenant", tenantId);
        var version = await command.ExecuteScalarAsync(cancellationToken);
        return version is null or DBNull ? 0 : Convert.ToInt64(version, CultureInfo.InvariantCulture);
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string tenantId, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("tenant", tenantId);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs one change and, when it changed a row, bumps the tenant's version in the same transaction.</summary>
    private async Task<bool> ChangeAsync(string tenantId, string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var at = ToDbTime(AuditTime.ToStoredPrecision(DateTimeOffset.UtcNow));
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var change = connection.CreateCommand();
        change.Transaction = transaction;
        change.CommandText = sql;
        change.AddParameter("tenant", tenantId);
        change.AddParameter("at", at);
        parameters(change);
        if (await change.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await using var bump = connection.CreateCommand();
        bump.Transaction = transaction;
        bump.CommandText = BumpVersion;
        bump.AddParameter("tenant", tenantId);
        bump.AddParameter("at", at);
        await bump.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
