namespace BenefitsBot.Domain.Rules;

public sealed partial class BenefitRules
{
    /// <summary>
    /// Yes/no for "can we still/already ... on <paramref name="day"/>?". Set when asked, when a stated fact already decides it (replacement
    /// used, software activated), and always for COVID coverage: whether the extension applies, and when the user names a day
    /// ("do we still have the competency on Dec 1, 2021?"), whether it still covers that day. Deadlines are inclusive: on the
    /// deadline day the answer is yes.
    /// </summary>
    private static (bool? Eligible, IneligibilityReason? Reason) Eligibility(RuleCase situation, RuleOutcome outcome, DateOnly day, bool dayNamed, bool asked)
    {
        switch (situation.Kind)
        {
            case RuleKind.CovidExtension when outcome.Date is { } through && dayNamed && day > through:
                return (false, IneligibilityReason.PastDeadline);
            case RuleKind.CovidExtension:
                return (outcome.Date is not null, null);
            case RuleKind.ReplacementTokenDeadline when situation.Facts.ReplacementAlreadyIssued:
                return (false, IneligibilityReason.OneTimeOnly);
            case RuleKind.RefundDeadline when situation.Facts.SoftwareBenefitsActivated:
                return (false, IneligibilityReason.SoftwareBenefitsActivated);
        }

        if (!asked)
        {
            return (null, null);
        }

        return situation.Kind switch
        {
            // Renewal is possible inside the window; before it opens the answer is "not yet" (no reason), after it the grace period rule takes over.
            RuleKind.RenewalWindow when outcome.Window is { } w => w.Contains(day) ? (true, null) : (false, day > w.End ? IneligibilityReason.PastDeadline : null),
            // "Can we already reassign?": allowed from the date on; too early has no listed reason.
            RuleKind.VsReassignFrom => (day >= outcome.Date, null),
            _ => day <= outcome.Date ? (true, null) : (false, IneligibilityReason.PastDeadline),
        };
    }
}
