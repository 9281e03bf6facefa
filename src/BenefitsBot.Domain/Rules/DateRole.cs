namespace BenefitsBot.Domain.Rules;

/// <summary>What event a date in the question marks.</summary>
public enum DateRole
{
    Purchase,
    Anniversary,
    Redemption,
    EnrollmentRenewal,
    Assignment,
    Activation,
}
