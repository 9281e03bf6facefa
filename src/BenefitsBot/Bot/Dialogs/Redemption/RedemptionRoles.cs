using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>
/// Which admin roles may take each redemption step, read from <see cref="RolePolicy"/> (the articles: activating benefits and
/// technical benefits needs a Global admin or MPN partner admin; only a Global admin assigns benefits to employees).
/// Cancelling a membership (refund) is a purchase matter: Global or Billing admin.
/// </summary>
public static class RedemptionRoles
{
    private static readonly AdminRole[] Candidates = [AdminRole.GlobalAdministrator, AdminRole.MpnPartnerAdmin, AdminRole.AccountAdmin, AdminRole.UserAdministrator, AdminRole.BillingAdministrator, AdminRole.AdminAgent];

    public static IReadOnlyCollection<AdminRole> Activate { get; } = Allowed(BenefitAction.ActivateBenefits);

    public static IReadOnlyCollection<AdminRole> ActivateTechnical { get; } = Allowed(BenefitAction.ActivateTechnicalBenefits);

    /// <summary>Go-To-Market: the role part; the marketing contact is checked by the dialog.</summary>
    public static IReadOnlyCollection<AdminRole> ActivateGoToMarket { get; } = Allowed(BenefitAction.ActivateGoToMarket, marketingContactAssigned: true);

    public static IReadOnlyCollection<AdminRole> AssignToEmployees { get; } = Allowed(BenefitAction.AssignBenefits);

    public static IReadOnlyCollection<AdminRole> CancelMembership { get; } = [AdminRole.GlobalAdministrator, AdminRole.BillingAdministrator];

    /// <summary>Anyone who may take at least one redemption step may open the list.</summary>
    public static IReadOnlyCollection<AdminRole> Any { get; } =
        [.. new[] { Activate, ActivateTechnical, ActivateGoToMarket, AssignToEmployees, CancelMembership }.SelectMany(r => r).Distinct()];

    /// <summary>The Partner Center role of the rules that an admin role stands for.</summary>
    public static PartnerRole ToPartnerRole(AdminRole role) => role switch
    {
        AdminRole.GlobalAdministrator => PartnerRole.GlobalAdmin,
        AdminRole.MpnPartnerAdmin => PartnerRole.MpnPartnerAdmin,
        AdminRole.AccountAdmin => PartnerRole.AccountAdmin,
        AdminRole.UserAdministrator => PartnerRole.UserManagementAdmin,
        AdminRole.AdminAgent => PartnerRole.AdminAgent,
        _ => PartnerRole.User,
    };

    private static AdminRole[] Allowed(BenefitAction action, bool marketingContactAssigned = false) =>
        [.. Candidates.Where(r => RolePolicy.Can(action, [ToPartnerRole(r)], marketingContactAssigned).Allowed)];
}
