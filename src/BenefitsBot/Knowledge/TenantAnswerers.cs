using System.Collections.Concurrent;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Parsing;
using BenefitsBot.Storage.Knowledge;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Knowledge;

/// <summary>
/// The FAQ answerer for a tenant: the shared one (shipped and <c>kb import</c>ed articles) for a tenant that added nothing,
/// else one over <see cref="KnowledgeBase.WithTenantContent"/> of what its admins added, built when first needed and cached.
/// Every lookup reads the tenant's content version (one small query), so a change made on any instance is used on the next
/// question; a changed version, or a reloaded shared knowledge base, rebuilds the tenant's answerer once.
/// </summary>
public sealed partial class TenantAnswerers(
    KnowledgeBaseStore shared,
    ITenantKnowledgeStore store,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<TenantAnswerers> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Cached> tenants = new(StringComparer.Ordinal);

    /// <summary>One build at a time: a build indexes every entry, and two questions of one tenant should not build it twice.</summary>
    private readonly SemaphoreSlim building = new(1, 1);

    private FaqAnswerer? sharedAnswerer;

    /// <summary>The shared knowledge base's answerer: no tenant (the command line) or a tenant that added nothing.</summary>
    public FaqAnswerer Shared()
    {
        var current = shared.Current;
        var cached = Volatile.Read(ref sharedAnswerer);
        if (cached is not null && ReferenceEquals(cached.KnowledgeBase, current))
        {
            return cached;
        }

        var built = new FaqAnswerer(current);
        Volatile.Write(ref sharedAnswerer, built);
        return built;
    }

    /// <summary>The answerer for <paramref name="tenantId"/>'s questions; the shared one when it is null or empty or the tenant added nothing.</summary>
    public async Task<FaqAnswerer> ForTenantAsync(string? tenantId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(tenantId))
        {
            return Shared();
        }

        try
        {
            return await FromStoreAsync(tenantId, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The store is down, locked or slow: the tenant's last answerer on this instance, else the shared articles.
            LogStoreUnavailable(logger, ex.GetType().Name, ex.Message);
            return tenants.TryGetValue(tenantId, out var cached) && ReferenceEquals(cached.SharedBase, shared.Current) ? cached.Answerer : Shared();
        }
    }

    private async Task<FaqAnswerer> FromStoreAsync(string tenantId, CancellationToken cancellationToken)
    {
        // On the thread pool: SQLite waits for a lock synchronously, and the wait must bound it.
        var version = await Task.Run(() => store.VersionAsync(tenantId, cancellationToken), cancellationToken).WaitAsync(options.Value.StoreWait, time, cancellationToken);
        if (version == 0)
        {
            tenants.TryRemove(tenantId, out _);
            return Shared();
        }

        if (Current(tenantId, version) is { } hit)
        {
            return hit;
        }

        await building.WaitAsync(cancellationToken);
        try
        {
            return Current(tenantId, version) ?? await BuildAsync(tenantId, cancellationToken);
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>The cached answerer when it is built from <paramref name="version"/> or later on the shared knowledge base in use.</summary>
    private FaqAnswerer? Current(string tenantId, long version)
    {
        if (!tenants.TryGetValue(tenantId, out var cached) || cached.Version < version || !ReferenceEquals(cached.SharedBase, shared.Current))
        {
            return null;
        }

        cached.Touch();
        return cached.Answerer;
    }

    private async Task<FaqAnswerer> BuildAsync(string tenantId, CancellationToken cancellationToken)
    {
        var sharedBase = shared.Current;
        var content = await store.ReadAsync(tenantId, cancellationToken);
        if (content.IsEmpty)
        {
            tenants.TryRemove(tenantId, out _);
            return Shared();
        }

        var articles = new List<ParsedArticle>();
        foreach (var article in content.Articles)
        {
            try
            {
                articles.Add(ParseStored(article));
            }
            catch (ArticleFormatException failure)
            {
                // Checked when it was added; a parser change may refuse it later. The tenant keeps the rest.
                LogArticleSkipped(logger, article.Id, failure.LineNumber, failure.Reason);
            }
        }

        var alternates = content.Alternates.Select(a => new AlternateQuestion(a.EntryId, a.Language, a.Text)).ToList();
        var answerer = new FaqAnswerer(sharedBase.WithTenantContent(articles, alternates));
        tenants[tenantId] = new Cached(content.Version, sharedBase, answerer);
        Evict();
        LogBuilt(logger, articles.Count, alternates.Count, content.Version);
        return answerer;
    }

    public void Dispose() => building.Dispose();

    /// <summary>A stored article; one stored before its front matter was written as YAML is read with its values quoted.</summary>
    private static ParsedArticle ParseStored(TenantArticle article)
    {
        try
        {
            return ArticleParser.Parse(article.FileName, article.Markdown);
        }
        catch (ArticleFormatException) when (LegacyFrontMatter.Quote(article.Markdown) is var quoted && quoted != article.Markdown)
        {
            return ArticleParser.Parse(article.FileName, quoted);
        }
    }

    private void Evict()
    {
        while (tenants.Count > options.Value.TenantAnswerers && tenants.MinBy(pair => pair.Value.LastUsed) is { Key: { } oldest })
        {
            tenants.TryRemove(oldest, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant content unavailable ({Error}: {Reason}); answering from this instance's last known content")]
    private static partial void LogStoreUnavailable(ILogger logger, string error, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built a tenant's answerer: {Articles} own articles, {Alternates} accepted alternates, version {Version}")]
    private static partial void LogBuilt(ILogger logger, int articles, int alternates, long version);

    [LoggerMessage(Level = LogLevel.Error, Message = "A tenant's article {ArticleId} no longer loads and is left out: line {Line}: {Reason}")]
    private static partial void LogArticleSkipped(ILogger logger, string articleId, int line, string reason);

    private sealed class Cached(long version, KnowledgeBase sharedBase, FaqAnswerer answerer)
    {
        private long lastUsed = Environment.TickCount64;

        public long Version => version;

        public KnowledgeBase SharedBase => sharedBase;

        public FaqAnswerer Answerer => answerer;

        public long LastUsed => Volatile.Read(ref lastUsed);

        public void Touch() => Volatile.Write(ref lastUsed, Environment.TickCount64);
    }
}
