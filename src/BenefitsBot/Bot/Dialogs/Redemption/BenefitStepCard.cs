using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>The shape of a benefit's step: the last error on top, the benefit's facts and inputs, then confirm, back and cancel.</summary>
public static class BenefitStepCard
{
    /// <param name="more">Buttons of the benefit type shown after the main one (e.g. "not the right tenant").</param>
    /// <param name="confirm">The main button; null when nothing can be redeemed from this card (only back and cancel).</param>
    public static AdaptiveCard Create(RedemptionTurn turn, string title, IEnumerable<CardElement> body, string? error, ExecuteAction? confirm, params ExecuteAction[] more)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        var version = turn.Step.Version;
        List<CardElement> elements = error is null ? [] : [DialogCard.Paragraph(error, ContainerStyle.Attention)];
        elements.AddRange(body);
        List<AdaptiveCards.CardAction> buttons = confirm is null ? [] : [confirm];
        buttons.AddRange(more);
        buttons.Add(DialogButton.Create(RedemptionVerbs.Back, DialogTexts.Get("Back", language), language, version, sendsInputs: false));
        buttons.Add(DialogButton.Cancel(RedemptionVerbs.Dialog, language, version));
        return DialogCard.Create(language, title, elements, buttons);
    }

    /// <summary>The confirm button (<see cref="RedemptionVerbs.Confirm"/>) titled with <paramref name="titleKey"/>.</summary>
    public static ExecuteAction Confirm(RedemptionTurn turn, string titleKey)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return DialogButton.Create(RedemptionVerbs.Confirm, RedemptionTexts.Get(titleKey, turn.Language), turn.Language, turn.Step.Version, style: ActionStyle.Positive);
    }
}
