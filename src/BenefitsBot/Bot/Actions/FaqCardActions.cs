using BenefitsBot.Cards;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Graph;
using BenefitsBot.Knowledge;
using BenefitsBot.Localization;
using BenefitsBot.Storage;
using BenefitsBot.Suggestions;

namespace BenefitsBot.Bot.Actions;

/// <summary>
/// The answer card's buttons: show a related or suggested entry, and "Was this helpful?". Entries are looked up in the
/// caller's tenant's knowledge base. A pick that answers the user's own question (a choice on a clarify card, or another
/// entry after "No") is recorded as a suggestion for the tenant's admins.
/// </summary>
public sealed class FaqCardActions(TenantAnswerers knowledge, IFeedbackStore feedback, SuggestionRecorder suggestions) : ICardFlow<NoFlowState>
{
    public bool AllowsUnidentifiedUsers => true;

    public bool CanHandle(string verb) => verb is CardVerbs.ShowEntry or CardVerbs.Feedback;

    /// <summary>No role: the FAQ is for everyone.</summary>
    public IReadOnlyCollection<AdminRole> RolesFor(CardAction action, NoFlowState? current) => [];

    public async Task<CardActionResult> StepAsync(CardAction action, NoFlowState? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var kb = (await knowledge.ForTenantAsync(action.User.TenantId, cancellationToken)).KnowledgeBase;
        var language = action.User.Language;
        if (action.Field("entryId") is not { } entryId || kb.Find(entryId) is not { } entry)
        {
            return CardActionResult.Refuse(BotTexts.Get("UnknownEntry", language));
        }

        var shown = entry.Text(language) is not null ? language : FaqLanguages.English;
        if (action.Verb == CardVerbs.ShowEntry)
        {
            var question = action.Field(ShowEntryAction.QuestionField);
            if (SourceOf(action.Field(ShowEntryAction.FromField)) is { } source && action.User.TenantId.Length > 0)
            {
                await suggestions.RecordAsync(action.User.TenantId, question, language, entry.Id, source, cancellationToken);
            }

            return CardActionResult.Show(FaqAnswerCard.Create(entry, shown, language, kb, question: question));
        }

        if (HelpfulOf(action) is not { } helpful)
        {
            return CardActionResult.Refuse(BotTexts.Get("UnknownAction", language));
        }

        if (action.User.TenantId.Length > 0)
        {
            var user = action.User.ObjectId.Length > 0 ? action.User.ObjectId : action.Activity.From?.Id;
            await feedback.RecordAsync(new FaqFeedback(action.User.TenantId, entry.Id, helpful, language, user), cancellationToken);
        }

        return CardActionResult.Show(FaqAnswerCard.Create(entry, shown, language, kb, feedbackGiven: helpful, question: action.Field("question")));
    }

    private static SuggestionSource? SourceOf(string? from) => from switch
    {
        ShowEntryAction.FromClarify => SuggestionSource.ClarifyPick,
        ShowEntryAction.FromNotHelpful => SuggestionSource.PickAfterNotHelpful,
        _ => null,
    };

    private static bool? HelpfulOf(CardAction action) =>
        action.Data.ValueKind == System.Text.Json.JsonValueKind.Object
        && action.Data.TryGetProperty("helpful", out var h)
        && h.ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
            ? h.GetBoolean()
            : null;
}
