namespace BenefitsBot.Storage.Tenants;

/// <summary>What an admin recorded; window and grace dates are computed by the rules from the anniversary.</summary>
public enum MembershipOfferStatus
{
    Active,
    Lapsed,
    Cancelled,
}
