namespace BenefitsBot.Domain.Rules;

/// <summary>Kebab-case names used in JSON (<c>dates-dev.jsonl</c>, <c>ask --json</c>).</summary>
public static class RuleWireNames
{
    private static readonly Dictionary<RuleKind, string> KindNames = new()
    {
        [RuleKind.RenewalWindow] = "renewal-window",
        [RuleKind.KeyUsableUntil] = "key-usable-until",
        [RuleKind.GracePeriodEnd] = "grace-period-end",
        [RuleKind.UserAssignedBenefitExtension] = "user-assigned-benefit-extension",
        [RuleKind.VsReassignFrom] = "vs-reassign-from",
        [RuleKind.ReplacementTokenDeadline] = "replacement-token-deadline",
        [RuleKind.RefundDeadline] = "refund-deadline",
        [RuleKind.CovidExtension] = "covid-extension",
    };

    private static readonly Dictionary<IneligibilityReason, string> ReasonNames = new()
    {
        [IneligibilityReason.PastDeadline] = "past-deadline",
        [IneligibilityReason.OneTimeOnly] = "one-time-only",
        [IneligibilityReason.SoftwareBenefitsActivated] = "software-benefits-activated",
    };

    public static string ToWireName(this RuleKind kind) => KindNames[kind];

    public static string ToWireName(this IneligibilityReason reason) => ReasonNames[reason];

    public static bool TryParseKind(string name, out RuleKind kind)
    {
        foreach (var (k, n) in KindNames)
        {
            if (n == name)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
