namespace BenefitsBot.Domain.Rules;

/// <summary>Why a "can we still ... today?" question is answered no.</summary>
public enum IneligibilityReason
{
    PastDeadline,
    OneTimeOnly,
    SoftwareBenefitsActivated,
}
