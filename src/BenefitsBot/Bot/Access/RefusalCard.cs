using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Access;

/// <summary>
/// The one answer to a press the role gate did not allow, as a card that replaces the pressed one: who may do it (the attempt
/// is audited), or, when the roles could not be read, why, with a Retry that carries back everything entered (fail closed).
/// </summary>
public static class RefusalCard
{
    /// <param name="dialog">The dialog's verb prefix, for the Cancel button of the retry card; null outside a dialog.</param>
    public static AdaptiveCard Create(AccessDecision decision, IReadOnlyCollection<AdminRole> allowedRoles, CardAction action, string? dialog)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(action);
        var language = action.User.Language;
        if (decision.Failure is not { } failure)
        {
            return Refused(allowedRoles, language);
        }

        var card = GraphRetryCard.Create(language, dialog, action.Verb, CardFlowData.StateVersionOf(action) ?? 0, DialogInputs.Carry(action), failure);
        return DialogCard.WithNotice(card, DialogTexts.Get("RolesUnchecked", language), ContainerStyle.Attention);
    }

    /// <summary>Who may do it; nothing changed; the attempt is audited.</summary>
    public static AdaptiveCard Refused(IReadOnlyCollection<AdminRole> allowedRoles, string language) =>
        DialogCard.Message(language, DialogTexts.Get("RefusedTitle", language), AccessTexts.Refusal(allowedRoles, language), ContainerStyle.Attention);
}
