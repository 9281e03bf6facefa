using BenefitsBot.Answering;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Parsing;
using BenefitsBot.Knowledge;
using BenefitsBot.Storage.Knowledge;

namespace BenefitsBot.Escalation;

/// <summary>
/// Adds an admin's answer to the tenant's own knowledge: the article is stored for that tenant only (never in the shared
/// article folder, which every tenant reads) and is checked first together with the tenant's knowledge base. Every instance
/// answers the tenant with it from the next question on (<see cref="TenantAnswerers"/> sees the version change). Then the
/// ticket's question is asked again: topics the articles never answer (prices, travel expenses) stay out of scope even with
/// the new entry, and the admin should know that the next asker still won't get it.
/// </summary>
public sealed class KnowledgeContribution(ITenantKnowledgeStore store, TenantAnswerers answerers, QuestionAnswerer answerer, TimeProvider time)
{
    /// <summary>The new entry's id and whether the same question now gets it; or the reason it could not be added.</summary>
    public async Task<KnowledgeContributionResult> AddAsync(string tenantId, Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(ticket);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var article = new TenantArticle(AdminAnswerArticle.Slug(ticket), AdminAnswerArticle.FileName(ticket), AdminAnswerArticle.Render(ticket, today));
        var id = AdminAnswerArticle.EntryId(ticket);
        try
        {
            var parsed = ArticleParser.Parse(article.FileName, article.Markdown);
            var current = await answerers.ForTenantAsync(tenantId, cancellationToken);
            if (current.KnowledgeBase.WithTenantContent([parsed], []).Find(id) is null)
            {
                return KnowledgeContributionResult.Failed($"the answer does not make the entry {id}");
            }
        }
        catch (ArticleFormatException failure)
        {
            return KnowledgeContributionResult.Failed(failure.Reason);
        }

        await store.SaveArticleAsync(tenantId, article, cancellationToken);
        var again = await answerer.AnswerAsync(ticket.Question, ticket.Language, tenantId, null, cancellationToken);
        return new KnowledgeContributionResult(id, null, Reachable: again.Kind == BotAnswerKind.Faq && again.Entry?.Id == id);
    }
}
