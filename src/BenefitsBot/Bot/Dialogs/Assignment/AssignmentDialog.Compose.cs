using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>Composing the list: gate, version check, then add or remove a user.</summary>
public sealed partial class AssignmentDialog
{
    private async Task<CardActionResult> ContinueAsync(CardAction action, CancellationToken cancellationToken)
    {
        var user = action.User;
        if (await gate.DenyAsync(action, AssignmentRoles.AssignLicenses, AssignmentVerbs.Dialog, cancellationToken) is { } denied)
        {
            return denied;
        }

        var conversation = DialogSessions.ConversationOf(action.Activity);
        var open = await sessions.FindAsync(user, conversation, AssignmentState.DialogId, AssignmentJsonContext.Default.AssignmentState, cancellationToken);
        if (open is null || DialogData.StateVersionOf(action) != open.Version)
        {
            var current = open is { Step: AssignmentState.ComposeStep }
                ? AssignmentCards.Compose(user.Language, open.State, open.Version, await directory.GetSubscribedSkusAsync(user.TenantId, cancellationToken), await users.SuggestAsync(user, cancellationToken), null, null)
                : null;
            return CardActionResult.Show(StaleCard.Create(user.Language, current, RedemptionTexts.Get("AssignCommand", user.Language)));
        }

        return action.Verb switch
        {
            AssignmentVerbs.AddUser when open.Step == AssignmentState.ComposeStep => await AddUserAsync(action, open, cancellationToken),
            AssignmentVerbs.RemoveUser when open.Step == AssignmentState.ComposeStep => await RemoveUserAsync(action, open, cancellationToken),
            AssignmentVerbs.Run => await RunAsync(action, open, cancellationToken),
            _ => CardActionResult.Refuse(BotTexts.Get("UnknownAction", user.Language)),
        };
    }

    private async Task<CardActionResult> AddUserAsync(CardAction action, DialogStep<AssignmentState> open, CancellationToken cancellationToken)
    {
        var pick = await users.PickAsync(action, cancellationToken);
        if (pick.User is not { } found)
        {
            return await ComposeAsync(action, open, pick.Choices, pick.Error, cancellationToken);
        }

        var state = open.State.Users.Any(u => u.Id == found.Id)
            ? open.State
            : open.State with { Users = [.. open.State.Users, new PickedUser(found.Id, UserChoices.TitleOf(found, action.User.Language))] };
        var step = await sessions.AdvanceAsync(action.User, DialogSessions.ConversationOf(action.Activity), open, AssignmentState.ComposeStep, state, AssignmentJsonContext.Default.AssignmentState, cancellationToken);
        return await ComposeAsync(action with { Data = KeepSku(action) }, step, await users.SuggestAsync(action.User, cancellationToken), null, cancellationToken);
    }

    private async Task<CardActionResult> RemoveUserAsync(CardAction action, DialogStep<AssignmentState> open, CancellationToken cancellationToken)
    {
        var id = DialogData.Text(action, "userId");
        var state = open.State with { Users = [.. open.State.Users.Where(u => u.Id != id)] };
        var step = await sessions.AdvanceAsync(action.User, DialogSessions.ConversationOf(action.Activity), open, AssignmentState.ComposeStep, state, AssignmentJsonContext.Default.AssignmentState, cancellationToken);
        return await ComposeAsync(action with { Data = default }, step, await users.SuggestAsync(action.User, cancellationToken), null, cancellationToken);
    }

    private async Task<CardActionResult> ComposeAsync(CardAction action, DialogStep<AssignmentState> step, IReadOnlyList<Graph.DirectoryUser> choices, string? error, CancellationToken cancellationToken)
    {
        var skus = await directory.GetSubscribedSkusAsync(action.User.TenantId, cancellationToken);
        return CardActionResult.Show(AssignmentCards.Compose(action.User.Language, step.State, step.Version, skus, choices, action, error));
    }

    /// <summary>After a user was added the picker starts empty again, but the SKU chosen so far stays.</summary>
    private static System.Text.Json.JsonElement KeepSku(CardAction action) =>
        System.Text.Json.JsonSerializer.SerializeToElement(
            new Dictionary<string, string?> { [AssignmentCards.SkuInputId] = action.Field(AssignmentCards.SkuInputId) },
            AssignmentJsonContext.Default.DictionaryStringString);
}
