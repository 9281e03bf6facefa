namespace BenefitsBot.Domain.Rules;

/// <summary>The date rules the bot can compute; wire names (see <see cref="RuleWireNames"/>) match the CLI contract.</summary>
public enum RuleKind
{
    RenewalWindow,
    KeyUsableUntil,
    GracePeriodEnd,
    UserAssignedBenefitExtension,
    VsReassignFrom,
    ReplacementTokenDeadline,
    RefundDeadline,
    CovidExtension,
}
