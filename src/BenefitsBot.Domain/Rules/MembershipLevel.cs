namespace BenefitsBot.Domain.Rules;

/// <summary>Membership levels that carry support benefits.</summary>
public enum MembershipLevel
{
    ActionPack,
    Silver,
    Gold,
}
