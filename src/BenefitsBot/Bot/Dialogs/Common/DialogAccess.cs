using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using CardAction = BenefitsBot.Bot.Actions.CardAction;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>
/// The role gate as dialogs and other admin cards use it at every press: null when allowed, else the refusal card or, when
/// the roles could not be read, a refusal that says why and offers Retry (fail closed: nothing is shown or done).
/// </summary>
public static class DialogAccess
{
    /// <summary>Checks the caller of a button; a retry (Graph down) sends the same verb with the same inputs.</summary>
    /// <param name="dialog">The dialog's verb prefix, for the cancel button of the retry card; null outside a dialog.</param>
    public static Task<CardActionResult?> DenyAsync(this IAdminGate gate, CardAction action, IReadOnlyCollection<AdminRole> allowedRoles, string? dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return gate.DenyAsync(action.User, action.Verb, allowedRoles, dialog, action.Verb, DialogData.StateVersionOf(action) ?? 0, DialogInputs.Carry(action), cancellationToken);
    }

    /// <param name="auditAction">What is attempted, as the audit log names it.</param>
    /// <param name="retryVerb">What the retry button sends when Graph could not be asked.</param>
    public static async Task<CardActionResult?> DenyAsync(
        this IAdminGate gate, BotUser user, string auditAction, IReadOnlyCollection<AdminRole> allowedRoles,
        string? dialog, string retryVerb, long stateVersion, JsonObject inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(user);
        var decision = await gate.CheckAsync(user, auditAction, allowedRoles, cancellationToken);
        if (decision.Allowed)
        {
            return null;
        }

        return CardActionResult.Show(decision.Failure is { } failure
            ? GraphRetryCard.RolesUnchecked(user.Language, dialog, retryVerb, stateVersion, inputs, failure)
            : RefusalCard(allowedRoles, user.Language));
    }

    /// <summary>The refusal as a card (it replaces the pressed card): who may do it; nothing changed; the attempt is audited.</summary>
    public static AdaptiveCard RefusalCard(IReadOnlyCollection<AdminRole> allowedRoles, string language) =>
        DialogCard.Message(language, DialogTexts.Get("RefusedTitle", language), AccessTexts.Refusal(allowedRoles, language), ContainerStyle.Attention);
}
