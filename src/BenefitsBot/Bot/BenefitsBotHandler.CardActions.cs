using System.Text.Json;
using BenefitsBot.Cards;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Turns;
using BenefitsBot.Storage;

namespace BenefitsBot.Bot;

/// <summary>Card buttons: Action.Execute invokes (the card updates in place) and their Action.Submit fallback (a new message).</summary>
public sealed partial class BenefitsBotHandler
{
    protected override async Task<InvokeResponse?> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardInvokeAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var outcome = await HandleCardActionAsync(turn.Activity, action.Verb, action.Data, cancellationToken);
        return outcome.Card is { } card
            ? InvokeResponse.Card(card.ToJsonObject())
            : InvokeResponse.Error(400, "BadRequest", outcome.Error ?? BotTexts.Get("UnknownAction", UserLanguage.FromLocale(turn.Activity.UserLocale)));
    }

    private async Task OnSubmittedCardAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value;
        var verb = value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("verb", out var found) && found.ValueKind == JsonValueKind.String ? found.GetString() : null;
        var outcome = await HandleCardActionAsync(turn.Activity, verb, value, cancellationToken);
        if (outcome.Card is { } card)
        {
            await SendCardAsync(turn, card, cancellationToken);
            return;
        }

        var language = UserLanguage.FromLocale(turn.Activity.UserLocale);
        await turn.SendTextAsync(BotTexts.Get(verb is null ? "EmptyMessage" : "UnknownAction", language), cancellationToken);
    }

    private async Task<CardActionOutcome> HandleCardActionAsync(Activity activity, string? verb, JsonElement? data, CancellationToken cancellationToken)
    {
        var payload = CardActionData.Read(data, UserLanguage.FromLocale(activity.UserLocale));
        var kb = knowledge.Current;
        if (payload.EntryId is null || kb.Find(payload.EntryId) is not { } entry)
        {
            return new CardActionOutcome(null, "The card refers to no known question.");
        }

        switch (verb)
        {
            case CardVerbs.ShowEntry:
                var language = entry.Text(payload.Language) is not null ? payload.Language : Domain.Knowledge.FaqLanguages.English;
                return new CardActionOutcome(FaqAnswerCard.Create(entry, language, payload.Language, kb), null);
            case CardVerbs.Feedback when payload.Helpful is { } helpful:
                if (activity.TenantId is { } tenant)
                {
                    await feedback.RecordAsync(new FaqFeedback(tenant, entry.Id, helpful, payload.Language, activity.From?.EntraObjectId ?? activity.From?.Id), cancellationToken);
                }

                var shown = entry.Text(payload.Language) is not null ? payload.Language : Domain.Knowledge.FaqLanguages.English;
                return new CardActionOutcome(FaqAnswerCard.Create(entry, shown, payload.Language, kb, feedbackGiven: helpful), null);
            default:
                return new CardActionOutcome(null, $"Unknown card action '{verb}'.");
        }
    }

    private sealed record CardActionOutcome(AdaptiveCards.AdaptiveCard? Card, string? Error);
}
