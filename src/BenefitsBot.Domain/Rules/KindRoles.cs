namespace BenefitsBot.Domain.Rules;

/// <summary>Which date each rule counts from, and which other dates it can convert from (see <see cref="BenefitRules"/>).</summary>
public static class KindRoles
{
    /// <summary>The date a rule counts from when the text does not say otherwise.</summary>
    public static DateRole DefaultRole(RuleKind kind) => kind switch
    {
        RuleKind.RenewalWindow or RuleKind.RefundDeadline => DateRole.Purchase,
        RuleKind.KeyUsableUntil => DateRole.Redemption,
        RuleKind.GracePeriodEnd or RuleKind.CovidExtension => DateRole.Anniversary,
        RuleKind.UserAssignedBenefitExtension => DateRole.EnrollmentRenewal,
        RuleKind.VsReassignFrom => DateRole.Assignment,
        RuleKind.ReplacementTokenDeadline => DateRole.Activation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>How directly a role gives the rule's date: 0 for the date itself, 1 for one it converts from (a purchase, for an anniversary).</summary>
    public static int Directness(RuleKind kind, DateRole role) => role == DateRole.Purchase && CountsFromAnniversary(kind) ? 1 : 0;

    /// <summary>Rules that count from the membership's anniversary (a purchase date gives the first one).</summary>
    public static bool CountsFromAnniversary(RuleKind kind) =>
        kind is RuleKind.RenewalWindow or RuleKind.GracePeriodEnd or RuleKind.UserAssignedBenefitExtension or RuleKind.CovidExtension;

    /// <summary>
    /// Roles a rule accepts. Anniversary-based rules also take a purchase date (first anniversary = purchase + 1 year) and treat an
    /// anniversary and an enrollment renewal date alike; the renewal window also takes the anniversary itself. A token is activated
    /// by redeeming it, so the replacement deadline also counts from a redemption ("redeemed the token on the wrong tenant").
    /// </summary>
    public static bool Accepts(RuleKind kind, DateRole role) =>
        CountsFromAnniversary(kind) ? role is DateRole.Purchase or DateRole.Anniversary or DateRole.EnrollmentRenewal
        : role == DefaultRole(kind) || (kind == RuleKind.ReplacementTokenDeadline && role == DateRole.Redemption);
}
