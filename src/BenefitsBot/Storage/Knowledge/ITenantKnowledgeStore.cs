namespace BenefitsBot.Storage.Knowledge;

/// <summary>
/// What one tenant's admins added to the knowledge base: their answers to tickets (as articles) and the alternate questions
/// they accepted. The shipped articles are shared by every tenant; these rows belong to one tenant and are searched for it
/// alone. Every change bumps the tenant's version, so each bot instance can tell with one small query whether the
/// answerer it built for the tenant is still current.
/// </summary>
public interface ITenantKnowledgeStore
{
    /// <summary>The tenant's content version: 0 while it has none; every change raises it.</summary>
    Task<long> VersionAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The tenant's articles and alternates, ordered by id, with the version read before them (the content is at least that new).</summary>
    Task<TenantContent> ReadAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Adds the article, or replaces the one with its id, and bumps the version.</summary>
    Task SaveArticleAsync(string tenantId, TenantArticle article, CancellationToken cancellationToken);

    /// <summary>Adds the alternate and bumps the version; false (nothing changes) when one with its id exists.</summary>
    Task<bool> AddAlternateAsync(string tenantId, TenantAlternate alternate, CancellationToken cancellationToken);

    /// <summary>Removes the alternate and bumps the version; false when there was none with that id.</summary>
    Task<bool> RemoveAlternateAsync(string tenantId, string alternateId, CancellationToken cancellationToken);
}
