using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Redemption;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Audit;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>
/// The <c>assign.*</c> buttons: pick users from the directory, choose a subscribed SKU with free seats, assign it through
/// Graph and show the result per user. Role gate first at every press, then the stored version (replays change nothing).
/// </summary>
public sealed partial class AssignmentDialog(
    ITenantDirectory directory,
    DirectoryUserLookup users,
    DialogSessions sessions,
    IAdminGate gate,
    IAuditLog audit,
    TimeProvider time) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb?.StartsWith(AssignmentVerbs.Dialog + ".", StringComparison.Ordinal) == true;

    public Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return DialogGuard.RunAsync(action, AssignmentVerbs.Dialog, RedemptionTexts.Get("AssignCommand", action.User.Language), () => action.Verb switch
        {
            AssignmentVerbs.Start => StartAsync(action.User, DialogSessions.ConversationOf(action.Activity), cancellationToken),
            AssignmentVerbs.Cancel => DialogGuard.CancelAsync(
                sessions, action, AssignmentState.DialogId, AssignmentJsonContext.Default.AssignmentState, RedemptionTexts.Get("AssignCancelled", action.User.Language), cancellationToken),
            _ => ContinueAsync(action, cancellationToken),
        });
    }

    /// <summary>Opens the dialog (command or <c>assign.start</c>).</summary>
    public async Task<CardActionResult> StartAsync(BotUser user, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await gate.DenyAsync(user, AssignmentVerbs.Start, AssignmentRoles.AssignLicenses, AssignmentVerbs.Dialog, AssignmentVerbs.Start, 0, [], cancellationToken) is { } denied)
        {
            return denied;
        }

        var skus = await directory.GetSubscribedSkusAsync(user.TenantId, cancellationToken);
        var choices = await users.SuggestAsync(user, cancellationToken);
        var state = new AssignmentState([]);
        var step = await sessions.StartAsync(user, conversationId, AssignmentState.DialogId, AssignmentState.ComposeStep, state, AssignmentJsonContext.Default.AssignmentState, cancellationToken);
        return CardActionResult.Show(AssignmentCards.Compose(user.Language, state, step.Version, skus, choices, action: null, error: null));
    }
}
