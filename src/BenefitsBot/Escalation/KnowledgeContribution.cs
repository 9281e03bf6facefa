using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Knowledge;

namespace BenefitsBot.Escalation;

/// <summary>
/// Adds an admin's answer to the knowledge base through <see cref="ArticleLibrary.Import"/> (the <c>kb import</c> path): the
/// article is checked together with the library and kept only if all loads. This instance swaps its knowledge base at once;
/// other instances sharing the data folder reload through <see cref="KnowledgeBaseWatcher"/>.
/// </summary>
public sealed class KnowledgeContribution(ArticleLibrary library, KnowledgeBaseStore store, TimeProvider time)
{
    /// <summary>The new entry's id, or the reason it could not be added.</summary>
    public (string? EntryId, string? Error) Add(Ticket ticket)
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
                return (null, string.Join("; ", imported.Errors.Select(e => e.Reason)));
            }

            var reloaded = library.ReloadInto(store);
            var id = AdminAnswerArticle.EntryId(ticket);
            return reloaded.KnowledgeBase?.Find(id) is not null ? (id, null) : (null, string.Join("; ", reloaded.Errors.Select(e => e.Reason)));
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}
