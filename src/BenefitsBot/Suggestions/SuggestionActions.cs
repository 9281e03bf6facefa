using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation;
using BenefitsBot.Graph;
using BenefitsBot.Knowledge;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Suggestions.Cards;

namespace BenefitsBot.Suggestions;

/// <summary>
/// The <c>suggestion.*</c> buttons: the card of waiting suggestions, accept, reject. Admins only (Global admin or MPN partner
/// admin, as for tickets), checked by the role gate on every press; suggestion ids in the data are client input and are looked
/// up in the caller's tenant only. An accepted question joins the tenant's knowledge at once; a rejected one is forgotten.
/// </summary>
public sealed class SuggestionActions(
    ITenantRecordStore records,
    ITenantKnowledgeStore knowledge,
    TenantAnswerers answerers,
    CardFlowAudit audit,
    TimeProvider time) : ICardFlow<NoFlowState>
{
    public bool CanHandle(string verb) => verb is SuggestionVerbs.List or SuggestionVerbs.Accept or SuggestionVerbs.Reject;

    public IEnumerable<(BotCommandKind Command, string Verb)> Commands => [(BotCommandKind.Suggestions, SuggestionVerbs.List)];

    public IReadOnlyCollection<AdminRole> RolesFor(CardAction action, NoFlowState? current) => EscalationRoles.Admins;

    public async Task<CardActionResult> StepAsync(CardAction action, NoFlowState? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var user = action.User;
        if (action.Verb == SuggestionVerbs.List)
        {
            return CardActionResult.Show(await PageAsync(user, null, cancellationToken));
        }

        return action.Field("suggestionId") is { Length: > 0 } id && await records.FindAsync<AlternateSuggestion>(user.TenantId, id, cancellationToken) is { } found
            ? await DecideAsync(action, found, cancellationToken)
            : CardActionResult.Refuse(SuggestionTexts.Get("SuggestionUnknown", user.Language));
    }

    /// <summary>
    /// Accept: the alternate is written first (keyed by the suggestion's id, so writing it twice adds one), then the suggestion
    /// marked; reject: marked, then any alternate of it removed. The version check decides a race between two admins, and the
    /// loser's alternate is taken back when the winner rejected, so a suggestion and the tenant's knowledge always agree.
    /// </summary>
    private async Task<CardActionResult> DecideAsync(CardAction action, Versioned<AlternateSuggestion> current, CancellationToken cancellationToken)
    {
        var user = action.User;
        var accept = action.Verb == SuggestionVerbs.Accept;
        while (current.Value.State == SuggestionState.Pending)
        {
            var suggestion = current.Value;
            if (accept)
            {
                await knowledge.AddAlternateAsync(user.TenantId, new TenantAlternate(suggestion.Id, suggestion.EntryId, suggestion.Language, suggestion.Question ?? string.Empty), cancellationToken);
            }

            var decided = suggestion with
            {
                State = accept ? SuggestionState.Accepted : SuggestionState.Rejected,
                Question = accept ? suggestion.Question : null,
                DecidedBy = user.ObjectId,
                DecidedByName = user.Name,
                DecidedAt = time.GetUtcNow(),
            };
            try
            {
                await records.UpdateAsync(user.TenantId, decided, current.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                var latest = await records.FindAsync<AlternateSuggestion>(user.TenantId, suggestion.Id, cancellationToken);
                if (latest is null)
                {
                    await knowledge.RemoveAlternateAsync(user.TenantId, suggestion.Id, cancellationToken);
                    return CardActionResult.Refuse(SuggestionTexts.Get("SuggestionUnknown", user.Language));
                }

                current = latest;
                continue;
            }

            if (!accept)
            {
                await knowledge.RemoveAlternateAsync(user.TenantId, suggestion.Id, cancellationToken);
            }

            // The entry and language only: the audit log keeps no question text.
            await audit.SucceededAsync(user, action.Verb, suggestion.Id, $"{suggestion.EntryId} ({suggestion.Language})", cancellationToken);
            var notice = accept ? SuggestionTexts.Format("SuggestionAcceptedNotice", user.Language, suggestion.Question ?? string.Empty) : SuggestionTexts.Get("SuggestionRejectedNotice", user.Language);
            return CardActionResult.Show(await PageAsync(user, notice, cancellationToken));
        }

        // Another admin decided first.
        if (accept && current.Value.State == SuggestionState.Rejected)
        {
            await knowledge.RemoveAlternateAsync(user.TenantId, current.Value.Id, cancellationToken);
        }

        var key = current.Value.State == SuggestionState.Accepted ? "SuggestionAlreadyAccepted" : "SuggestionAlreadyRejected";
        return CardActionResult.Show(await PageAsync(user, SuggestionTexts.Format(key, user.Language, current.Value.DecidedByName ?? current.Value.DecidedBy ?? "?"), cancellationToken));
    }

    private async Task<AdaptiveCards.AdaptiveCard> PageAsync(BotUser user, string? notice, CancellationToken cancellationToken)
    {
        var all = (await records.ListAsync<AlternateSuggestion>(user.TenantId, cancellationToken)).Select(s => s.Value).ToList();
        var knowledgeBase = (await answerers.ForTenantAsync(user.TenantId, cancellationToken)).KnowledgeBase;
        var waiting = all.Where(s => s.State == SuggestionState.Pending).OrderByDescending(s => s.Times).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        return SuggestionsCard.Create(waiting, SuggestionCounts.Of(all, DateTimeOffset.MinValue), knowledgeBase, user.Language, notice);
    }
}
