using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Setup;

public sealed partial class SetupDialog
{
    private const int MaxCandidates = 5;

    private async Task<CardActionResult> GrantRolesAsync(CardAction action, DialogStep<SetupState> step, CancellationToken cancellationToken)
    {
        var language = action.User.Language;
        var query = DialogData.Text(action, SetupCards.UserQueryInput);
        var form = new RoleForm(query, DialogData.Flag(action, SetupCards.AccountAdminInput), DialogData.Flag(action, SetupCards.MpnPartnerAdminInput), [], null);
        List<AdminRole> roles = [.. form.AccountAdmin ? [AdminRole.AccountAdmin] : Array.Empty<AdminRole>(), .. form.MpnPartnerAdmin ? [AdminRole.MpnPartnerAdmin] : Array.Empty<AdminRole>()];
        if (roles.Count == 0)
        {
            return Ask(form with { Error = DialogTexts.Get("SetupNoRolePicked", language) });
        }

        IReadOnlyList<DirectoryUser> found;
        try
        {
            found = await FindUsersAsync(action, query, cancellationToken);
        }
        catch (TenantDirectoryException failure)
        {
            return CardActionResult.Show(GraphRetryCard.Create(language, Prefix, action.Verb, step.Version, DialogInputs.Carry(action), failure));
        }

        if (found.Count != 1)
        {
            var error = found.Count == 0 ? DialogTexts.Format("UserNotFound", language, query ?? string.Empty) : DialogTexts.Get("UserAmbiguous", language);
            return Ask(form with { Candidates = found, Error = error });
        }

        var person = found[0];
        var note = new SetupGrantNote(person.Id, person.DisplayName, roles);
        var next = await AdvanceAsync(action, step, SetupState.RolesStep, step.State with { Grants = [.. step.State.Grants.Where(g => g.ObjectId != person.Id), note] }, cancellationToken);
        await SaveGrantAsync(action.User, person.Id, roles, cancellationToken);
        await audit.SucceededAsync(time, action.User, SetupVerbs.GrantRoles, person.Id, string.Join(", ", roles), cancellationToken);
        var recorded = DialogTexts.Format("SetupRolesAdded", language, person.DisplayName);
        return CardActionResult.Show(DialogCard.WithNotice(SetupCards.Roles(next.State, language, next.Version), recorded, AdaptiveCards.ContainerStyle.Good));

        CardActionResult Ask(RoleForm asked) => CardActionResult.Show(SetupCards.Roles(step.State, language, step.Version, asked));
    }

    /// <summary>
    /// A picked user (the value of a candidate list the bot drew) is looked up again by its id so a forged id cannot name
    /// someone outside the tenant; otherwise the typed name or email is searched (members and guests).
    /// </summary>
    private async Task<IReadOnlyList<DirectoryUser>> FindUsersAsync(CardAction action, string? query, CancellationToken cancellationToken)
    {
        var tenant = action.User.TenantId;
        if (DialogData.Text(action, SetupCards.UserIdInput) is { } picked && query is not null)
        {
            var matches = await directory.SearchUsersAsync(tenant, query, MaxCandidates, cancellationToken);
            return [.. matches.Where(u => u.Id == picked)];
        }

        return query is null ? [] : await directory.SearchUsersAsync(tenant, query, MaxCandidates, cancellationToken);
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
