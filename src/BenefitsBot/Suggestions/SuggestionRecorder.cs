using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Suggestions;

/// <summary>
/// Records that someone asked a question and then chose an entry as its answer: a new pending suggestion for the tenant,
/// or one more time on the same question and entry while it waits. Nothing is accepted here; an admin decides.
/// </summary>
public sealed class SuggestionRecorder(ITenantRecordStore records, TimeProvider time)
{
    private const int MaxAttempts = 5;

    /// <param name="question">The asker's words; a blank one records nothing.</param>
    /// <param name="language">The question's language (en, sv, nl, zh-TW); another records nothing.</param>
    public async Task RecordAsync(string tenantId, string? question, string language, string entryId, SuggestionSource source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(entryId);
        var text = Clean(question);
        if (text is null || !FaqLanguages.All.Contains(language))
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var same = (await records.ListAsync<AlternateSuggestion>(tenantId, cancellationToken)).FirstOrDefault(s =>
                s.Value.State != SuggestionState.Rejected && s.Value.EntryId == entryId && s.Value.Language == language
                && string.Equals(s.Value.Question, text, StringComparison.OrdinalIgnoreCase));
            try
            {
                if (same is null)
                {
                    var now = time.GetUtcNow();
                    await records.InsertAsync(tenantId, new AlternateSuggestion(Guid.CreateVersion7(now).ToString("N"), entryId, language, text, source, SuggestionState.Pending, now), cancellationToken);
                }
                else if (same.Value.State == SuggestionState.Pending)
                {
                    await records.UpdateAsync(tenantId, same.Value with { Times = same.Value.Times + 1 }, same.Version, cancellationToken);
                }

                // Already accepted: the question is an alternate of the entry; nothing to suggest.
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Counted or decided meanwhile: look again.
            }
        }
    }

    /// <summary>One line, at most <see cref="AlternateSuggestion.MaxQuestionLength"/> characters; null when blank.</summary>
    private static string? Clean(string? question)
    {
        var text = string.Join(' ', (question ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text.Length > AlternateSuggestion.MaxQuestionLength ? text[..AlternateSuggestion.MaxQuestionLength] : text;
    }
}
