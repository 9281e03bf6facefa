using System.Data.Common;
using BenefitsBot.Storage.Relational;
using Dapper;

namespace BenefitsBot.Storage.Knowledge;

/// <summary>
/// <see cref="ITenantKnowledgeStore"/> over <c>tenant_articles</c>, <c>tenant_alternates</c> and
/// <c>tenant_knowledge_versions</c> (migration step 5), with SQL both SQLite and PostgreSQL accept. A change and its version
/// bump commit together, so an instance that sees the new version also sees the change.
/// </summary>
public sealed class SqlTenantKnowledgeStore(RelationalDatabase database) : ITenantKnowledgeStore
{
    private const string BumpVersion = """
        INSERT INTO tenant_knowledge_versions (tenant_id, version, updated_at) VALUES (@tenant, 1, @at)
        ON CONFLICT (tenant_id) DO UPDATE SET version = tenant_knowledge_versions.version + 1, updated_at = excluded.updated_at
        """;

    public async Task<long> VersionAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);
        return await VersionAsync(connection, tenantId, cancellationToken);
    }

    public async Task<TenantContent> ReadAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        await using var connection = await database.ConnectAsync(cancellationToken);

        // The version first: rows read after it are at least as new, so an answerer cached under it is never staler than it says.
        var version = await VersionAsync(connection, tenantId, cancellationToken);
        var articles = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            "SELECT article_id, file_name, markdown FROM tenant_articles WHERE tenant_id = @tenant ORDER BY article_id",
            new { tenant = tenantId },
            cancellationToken: cancellationToken));
        var alternates = await connection.QueryAsync<AlternateRow>(new CommandDefinition(
            "SELECT alternate_id, entry_id, language, text FROM tenant_alternates WHERE tenant_id = @tenant ORDER BY alternate_id",
            new { tenant = tenantId },
            cancellationToken: cancellationToken));
        return new TenantContent(
            version,
            [.. articles.Select(a => new TenantArticle(a.ArticleId, a.FileName, a.Markdown))],
            [.. alternates.Select(a => new TenantAlternate(a.AlternateId, a.EntryId, a.Language, a.Text))]);
    }

    public Task SaveArticleAsync(string tenantId, TenantArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ChangeAsync(tenantId, """
            INSERT INTO tenant_articles (tenant_id, article_id, file_name, markdown, added_at) VALUES (@tenant, @id, @file, @markdown, @at)
            ON CONFLICT (tenant_id, article_id) DO UPDATE SET file_name = excluded.file_name, markdown = excluded.markdown, added_at = excluded.added_at
            """, new { id = article.Id, file = article.FileName, markdown = article.Markdown }, cancellationToken);
    }

    public Task<bool> AddAlternateAsync(string tenantId, TenantAlternate alternate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alternate);
        return ChangeAsync(tenantId, """
            INSERT INTO tenant_alternates (tenant_id, alternate_id, entry_id, language, text, added_at) VALUES (@tenant, @id, @entry, @language, @text, @at)
            ON CONFLICT (tenant_id, alternate_id) DO NOTHING
            """, new { id = alternate.Id, entry = alternate.EntryId, language = alternate.Language, text = alternate.Text }, cancellationToken);
    }

    public Task<bool> RemoveAlternateAsync(string tenantId, string alternateId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(alternateId);
        return ChangeAsync(tenantId, "DELETE FROM tenant_alternates WHERE tenant_id = @tenant AND alternate_id = @id", new { id = alternateId }, cancellationToken);
    }

    private static async Task<long> VersionAsync(DbConnection connection, string tenantId, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT version FROM tenant_knowledge_versions WHERE tenant_id = @tenant", new { tenant = tenantId }, cancellationToken: cancellationToken)) ?? 0;

    /// <summary>Runs one change and, when it changed a row, bumps the tenant's version in the same transaction.</summary>
    private async Task<bool> ChangeAsync(string tenantId, string sql, object parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var stamp = new { tenant = tenantId, at = database.Now() };
        var change = new DynamicParameters(stamp);
        change.AddDynamicParams(parameters);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(sql, change, transaction, cancellationToken: cancellationToken)) == 0)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(BumpVersion, stamp, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed class ArticleRow
    {
        public string ArticleId { get; set; } = string.Empty;

        public string FileName { get; set; } = string.Empty;

        public string Markdown { get; set; } = string.Empty;
    }

    private sealed class AlternateRow
    {
        public string AlternateId { get; set; } = string.Empty;

        public string EntryId { get; set; } = string.Empty;

        public string Language { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;
    }
}
