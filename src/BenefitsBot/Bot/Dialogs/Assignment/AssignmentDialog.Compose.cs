using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>Composing the list (the pipeline has checked role and version): add or remove a user.</summary>
public sealed partial class AssignmentDialog
{
    protected override async Task<CardActionResult> ContinueAsync(CardAction action, DialogStep<AssignmentState> current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(current);
        return action.Verb switch
        {
            AssignmentVerbs.AddUser when current.Step == AssignmentState.ComposeStep => await AddUserAsync(action, current, cancellationToken),
            AssignmentVerbs.RemoveUser when current.Step == AssignmentState.ComposeStep => await RemoveUserAsync(action, current, cancellationToken),
            AssignmentVerbs.Run => await RunAsync(action, current, cancellationToken),
            _ => CardActionResult.Refuse(BotTexts.Get("UnknownAction", action.User.Language)),
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
        var step = await AdvanceAsync(action, open, AssignmentState.ComposeStep, state, cancellationToken);
        return await ComposeAsync(action with { Data = KeepSku(action) }, step, await users.SuggestAsync(action.User, cancellationToken), null, cancellationToken);
    }

    private async Task<CardActionResult> RemoveUserAsync(CardAction action, DialogStep<AssignmentState> open, CancellationToken cancellationToken)
    {
        var id = DialogData.Text(action, "userId");
        var state = open.State with { Users = [.. open.State.Users.Where(u => u.Id != id)] };
        var step = await AdvanceAsync(action, open, AssignmentState.ComposeStep, state, cancellationToken);
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
