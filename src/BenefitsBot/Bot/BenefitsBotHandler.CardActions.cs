using System.Text.Json;
using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Turns;

namespace BenefitsBot.Bot;

/// <summary>Card buttons: Action.Execute invokes (the card updates in place), their Action.Submit fallback (a new message), and typeahead.</summary>
public sealed partial class BenefitsBotHandler
{
    protected override async Task<InvokeResponse?> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardInvokeAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var result = await flows.PressAsync(turn.Activity, action.Verb, action.Data, cancellationToken);
        return result.Card is { } card
            ? InvokeCard(card)
            : InvokeResponse.Error(400, "BadRequest", result.RefusalMessage ?? BotTexts.Get("UnknownAction", UserLanguage.FromLocale(turn.Activity.UserLocale)));
    }

    protected override async Task<InvokeResponse?> OnSearchAsync(TurnContext turn, SearchInvokeValue search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(search);
        var results = await choiceSearch.SearchAsync(turn.Activity, search.Dataset, search.QueryText ?? string.Empty, cancellationToken);
        return results is null ? null : InvokeResponse.SearchResults(results.Select(r => (r.Title, r.Value)));
    }

    /// <summary>The card that replaces the pressed one (Action.Execute); marked like <see cref="SendCardAsync"/>.</summary>
    private InvokeResponse InvokeCard(AdaptiveCards.AdaptiveCard card) => InvokeResponse.Card(sampleNotice.Mark(card).ToJsonObject());

    private async Task OnSubmittedCardAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value;
        var verb = value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("verb", out var found) && found.ValueKind == JsonValueKind.String ? found.GetString() : null;
        var language = UserLanguage.FromLocale(turn.Activity.UserLocale);
        if (verb is null)
        {
            await turn.SendTextAsync(BotTexts.Get("EmptyMessage", language), cancellationToken);
            return;
        }

        await SendResultAsync(turn, await flows.PressAsync(turn.Activity, verb, value, cancellationToken), cancellationToken);
    }

    private async Task SendResultAsync(TurnContext turn, Actions.CardActionResult result, CancellationToken cancellationToken)
    {
        if (result.Card is { } card)
        {
            await SendCardAsync(turn, card, cancellationToken);
            return;
        }

        await turn.SendTextAsync(result.RefusalMessage ?? BotTexts.Get("UnknownAction", UserLanguage.FromLocale(turn.Activity.UserLocale)), cancellationToken);
    }
}
