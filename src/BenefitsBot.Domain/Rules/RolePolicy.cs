namespace BenefitsBot.Domain.Rules;

/// <summary>Who may do what with benefits (seed 002, "Manage your ... benefits" article).</summary>
public static class RolePolicy
{
    /// <summary>Whether a user holding <paramref name="roles"/> may do <paramref name="action"/>.</summary>
    /// <param name="action">What the user wants to do.</param>
    /// <param name="roles">The user's Partner Center roles.</param>
    /// <param name="marketingContactAssigned">For Go-To-Market: a company marketing contact must be assigned first.</param>
    public static PolicyVerdict Can(BenefitAction action, IReadOnlyCollection<PartnerRole> roles, bool marketingContactAssigned = false)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var isGlobalAdmin = roles.Contains(PartnerRole.GlobalAdmin);
        var isActivator = isGlobalAdmin || roles.Contains(PartnerRole.MpnPartnerAdmin);
        return action switch
        {
            // Purchasing needs no particular admin role.
            BenefitAction.PurchaseBenefits => new(RuleMessage.PurchaseBenefits, true, Citations.BenefitRoles),
            BenefitAction.AssignBenefits => new(RuleMessage.AssignBenefits, isGlobalAdmin, Citations.BenefitRoles),
            BenefitAction.ActivateBenefits => new(RuleMessage.ActivateBenefits, isActivator, Citations.BenefitRoles),
            BenefitAction.ActivateTechnicalBenefits => new(RuleMessage.ActivateTechnicalBenefits, isActivator, Citations.TechnicalBenefits),
            BenefitAction.ActivateGoToMarket => new(RuleMessage.ActivateGoToMarket, isActivator && marketingContactAssigned, Citations.GoToMarket),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }
}
