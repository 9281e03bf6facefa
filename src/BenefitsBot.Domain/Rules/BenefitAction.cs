namespace BenefitsBot.Domain.Rules;

/// <summary>Things a user may want to do with benefits, each with its own role requirement.</summary>
public enum BenefitAction
{
    PurchaseBenefits,
    AssignBenefits,
    ActivateBenefits,
    ActivateTechnicalBenefits,
    ActivateGoToMarket,
}
