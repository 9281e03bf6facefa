using BenefitsBot.Answering;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Knowledge;

namespace BenefitsBot.Escalation;

/// <summary>
/// Adds an admin's answer to the knowledge base through <see cref="ArticleLibrary.Import"/> (the <c>kb import</c> path): the
/// article is checked together with the library and kept only if all loads. This instance swaps its knowledge base at once;
/// other instances sharing the data folder reload through <see cref="KnowledgeBaseWatcher"/>. Then the ticket's question is
/// asked again: topics the articles never answer (prices, travel expenses) stay out of scope even with the new entry, and
/// the admin should know that the next asker still won't get it.
/// </summary>
public sealed class KnowledgeContribution(ArticleLibrary library, KnowledgeBaseStore store, QuestionAnswerer answerer, TimeProvider time)
{
    /// <summary>The new entry's id and whether the same question now gets it; or the reason it could not be added.</summary>
    public KnowledgeContributionResult Add(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var staging = Directory.CreateTempSubdirectory("benefitsbot-answer-");
        try
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            File.WriteAllText(Path.Combine(staging.FullName, AdminAnswerArticle.FileName(ticket)), AdminAnswerArticle.Render(ticket, today));
            var imported = library.Import(staging.FullName);
            if (!imported.Succeeded)
            {
                return KnowledgeContributionResult.Failed(string.Join("; ", imported.Errors.Select(e => e.Reason)));
            }

            var reloaded = library.ReloadInto(store);
            var id = AdminAnswerArticle.EntryId(ticket);
            if (reloaded.KnowledgeBase?.Find(id) is null)
            {
                return KnowledgeContributionResult.Failed(string.Join("; ", reloaded.Errors.Select(e => e.Reason)));
            }

            var again = answerer.Answer(ticket.Question, ticket.Language);
            return new KnowledgeContributionResult(id, null, Reachable: again.Kind == BotAnswerKind.Faq && again.Entry?.Id == id);
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}
