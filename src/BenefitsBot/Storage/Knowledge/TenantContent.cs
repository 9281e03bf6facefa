namespace BenefitsBot.Storage.Knowledge;

/// <summary>One tenant's own knowledge at <see cref="Version"/>.</summary>
public sealed record TenantContent(long Version, IReadOnlyList<TenantArticle> Articles, IReadOnlyList<TenantAlternate> Alternates)
{
    public bool IsEmpty => Articles.Count == 0 && Alternates.Count == 0;
}

/// <summary>A Docs-style markdown article a tenant's admin wrote (an answer to a ticket), parsed like a shipped one.</summary>
/// <param name="Id">The article's slug, unique in the tenant.</param>
/// <param name="FileName">The name it is parsed under (its locale is in it), e.g. <c>admin-answer-….en-us.md</c>.</param>
public sealed record TenantArticle(string Id, string FileName, string Markdown);

/// <summary>An alternate phrasing of an entry's question that a tenant's admin accepted.</summary>
/// <param name="Id">Unique in the tenant: the suggestion it came from.</param>
public sealed record TenantAlternate(string Id, string EntryId, string Language, string Text);
