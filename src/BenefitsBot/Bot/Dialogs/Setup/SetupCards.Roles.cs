using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Setup;

public static partial class SetupCards
{
    public const string AccountAdminInput = "roleAccountAdmin";
    public const string MpnPartnerAdminInput = "roleMpnPartnerAdmin";

    public static AdaptiveCard Roles(SetupState state, string language, long version, RoleForm? form = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        List<CardElement> body = [DialogCard.Paragraph(DialogTexts.Get("SetupRolesIntro", language)), .. GrantList(state, language)];
        body.AddRange(UserPicker.Inputs(language, form?.Choices ?? state.Suggestions, form?.Typed));
        body.Add(new ToggleInput(AccountAdminInput, AccessTexts.RoleName(Graph.AdminRole.AccountAdmin, language)) { Value = Toggle(form?.AccountAdmin), Wrap = true });
        body.Add(new ToggleInput(MpnPartnerAdminInput, AccessTexts.RoleName(Graph.AdminRole.MpnPartnerAdmin, language)) { Value = Toggle(form?.MpnPartnerAdmin), Wrap = true });
        if (form?.Error is { } error)
        {
            body.Add(DialogCard.Paragraph(error, ContainerStyle.Attention));
        }

        return DialogCard.Create(
            language,
            DialogTexts.Get("SetupRolesTitle", language),
            body,
            [
                DialogButton.Create(SetupVerbs.GrantRoles, DialogTexts.Get("SetupGrantRoles", language), language, version, style: ActionStyle.Positive),
                DialogButton.Create(SetupVerbs.Finish, DialogTexts.Get("SetupFinish", language), language, version, sendsInputs: false),
                DialogButton.Cancel(SetupVerbs.Prefix, language, version),
            ]);
    }

    private static string Toggle(bool? on) => on == true ? "true" : "false";

    private static IEnumerable<CardElement> GrantList(SetupState state, string language)
    {
        if (state.Grants.Count == 0)
        {
            yield break;
        }

        yield return DialogCard.Paragraph(DialogTexts.Get("SetupRolesRecorded", language));
        yield return DialogCard.Facts([.. state.Grants.Select(g => (g.Name, string.Join(", ", g.Roles.Select(r => AccessTexts.RoleName(r, language)))))]);
    }
}
