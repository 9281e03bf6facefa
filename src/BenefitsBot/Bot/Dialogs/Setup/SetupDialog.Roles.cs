using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Setup;

public sealed partial class SetupDialog
{
    /// <summary>Lists a few users for the picker (its typeahead needs static choices), then shows the roles step.</summary>
    private async Task<CardActionResult> OpenRolesAsync(CardAction action, DialogStep<SetupState> step, CancellationToken cancellationToken)
    {
        var suggestions = await users.SuggestAsync(action.User, cancellationToken);
        var next = await AdvanceAsync(action, step, SetupState.RolesStep, step.State with { Suggestions = suggestions }, cancellationToken);
        return CardActionResult.Show(Render(next, action.User.Language));
    }

    private async Task<CardActionResult> GrantRolesAsync(CardAction action, DialogStep<SetupState> step, CancellationToken cancellationToken)
    {
        var language = action.User.Language;
        var form = new RoleForm(DialogData.Flag(action, SetupCards.AccountAdminInput), DialogData.Flag(action, SetupCards.MpnPartnerAdminInput), step.State.Suggestions, UserPicker.Typed(action), null);
        List<AdminRole> roles = [.. form.AccountAdmin ? [AdminRole.AccountAdmin] : Array.Empty<AdminRole>(), .. form.MpnPartnerAdmin ? [AdminRole.MpnPartnerAdmin] : Array.Empty<AdminRole>()];
        if (roles.Count == 0)
        {
            return Ask(form with { Error = DialogTexts.Get("SetupNoRolePicked", language) });
        }

        // The picked value is client data: PickAsync looks it up in the caller's tenant again, as it does typed text.
        var pick = await users.PickAsync(action, cancellationToken);
        if (pick.User is not { } person)
        {
            return Ask(form with { Choices = pick.Choices, Typed = pick.Typed, Error = pick.Error });
        }

        var note = new SetupGrantNote(person.Id, person.DisplayName, roles);
        var next = await AdvanceAsync(action, step, SetupState.RolesStep, step.State with { Grants = [.. step.State.Grants.Where(g => g.ObjectId != person.Id), note] }, cancellationToken);
        await SaveGrantAsync(action.User, person.Id, roles, cancellationToken);
        await audit.SucceededAsync(action.User, SetupVerbs.GrantRoles, person.Id, string.Join(", ", roles), cancellationToken);
        var recorded = DialogTexts.Format("SetupRolesAdded", language, person.DisplayName);
        return CardActionResult.Show(DialogCard.WithNotice(SetupCards.Roles(next.State, language, next.Version), recorded, AdaptiveCards.ContainerStyle.Good));

        CardActionResult Ask(RoleForm asked) => CardActionResult.Show(SetupCards.Roles(step.State, language, step.Version, asked));
    }

    /// <summary>Replaces the user's recorded Partner Center roles; a concurrent writer makes this throw and the dialog answers stale.</summary>
    private async Task SaveGrantAsync(BotUser admin, string objectId, IReadOnlyList<AdminRole> roles, CancellationToken cancellationToken)
    {
        var grant = new PartnerRoleGrant(objectId, roles, admin.ObjectId, admin.Today);
        var existing = await records.FindAsync<PartnerRoleGrant>(admin.TenantId, objectId, cancellationToken);
        if (existing is null)
        {
            await records.InsertAsync(admin.TenantId, grant, cancellationToken);
        }
        else
        {
            await records.UpdateAsync(admin.TenantId, grant, existing.Version, cancellationToken);
        }
    }
}
