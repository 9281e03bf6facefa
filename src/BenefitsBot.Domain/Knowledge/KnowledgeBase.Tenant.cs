using BenefitsBot.Domain.Knowledge.Parsing;

namespace BenefitsBot.Domain.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>
    /// This knowledge base plus what one tenant added: articles its admins wrote (answers to tickets) and alternate questions it
    /// accepted. The result belongs to that tenant alone; the shared knowledge base is unchanged. Alternates naming an entry that
    /// does not exist (an entry since removed from the articles) are skipped.
    /// </summary>
    public KnowledgeBase WithTenantContent(IReadOnlyCollection<ParsedArticle> tenantArticles, IReadOnlyCollection<AlternateQuestion> tenantAlternates)
    {
        ArgumentNullException.ThrowIfNull(tenantArticles);
        ArgumentNullException.ThrowIfNull(tenantAlternates);
        if (tenantArticles.Count == 0 && tenantAlternates.Count == 0)
        {
            return this;
        }

        var built = tenantArticles.Count == 0 ? this : Build([.. articles, .. tenantArticles]);
        return new KnowledgeBase(built.articles, built.Entries, built.Sentences, built.SourceFiles, Alternates.Plus(tenantAlternates, built.byId.ContainsKey));
    }
}
