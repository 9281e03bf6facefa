using System.Text.Json.Serialization.Metadata;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>
/// The <c>assign.*</c> buttons: pick users from the directory, choose a subscribed SKU with free seats, assign it through
/// Graph and show the result per user. Role gate first at every press, then the stored version (replays change nothing).
/// </summary>
public sealed partial class AssignmentDialog(
    ITenantDirectory directory,
    DirectoryUserLookup users,
    DialogSessions sessions,
    CardFlowAudit audit) : DialogHandler<AssignmentState>(sessions)
{
    protected override string Prefix => AssignmentVerbs.Dialog;

    protected override BotCommandKind Command => BotCommandKind.Assignment;

    protected override JsonTypeInfo<AssignmentState> StateJson => AssignmentJsonContext.Default.AssignmentState;

    protected override string CancelledText(string language) => RedemptionTexts.Get("AssignCancelled", language);

    public override IReadOnlyCollection<AdminRole> RolesFor(CardAction action, DialogStep<AssignmentState>? current) => AssignmentRoles.AssignLicenses;

    /// <summary>Opens the dialog (command or <c>assign.start</c>).</summary>
    protected override async Task<CardActionResult> StartAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var user = action.User;
        var skus = await directory.GetSubscribedSkusAsync(user.TenantId, cancellationToken);
        var choices = await users.SuggestAsync(user, cancellationToken);
        var state = new AssignmentState([]);
        var step = await OpenAsync(action, AssignmentState.ComposeStep, state, cancellationToken);
        return CardActionResult.Show(AssignmentCards.Compose(user.Language, state, step.Version, skus, choices, action: null, error: null));
    }

    /// <summary>The list being composed; none once assigning has begun (that step has no card of its own).</summary>
    protected override async Task<AdaptiveCard?> RenderAsync(CardAction action, DialogStep<AssignmentState> current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(current);
        var user = action.User;
        return current.Step == AssignmentState.ComposeStep
            ? AssignmentCards.Compose(user.Language, current.State, current.Version, await directory.GetSubscribedSkusAsync(user.TenantId, cancellationToken), await users.SuggestAsync(user, cancellationToken), null, null)
            : null;
    }
}
