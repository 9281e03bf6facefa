namespace BenefitsBot.Domain.Rules;

public sealed partial class BenefitRules
{
    /// <summary>
    /// Yes/no for "can we still/already ... today?". Set when asked, when a flag already decides it (replacement used, software activated),
    /// and always for COVID coverage. Deadlines are inclusive: on the deadline day the answer is yes.
    /// </summary>
    private static (bool? Eligible, IneligibilityReason? Reason) Eligibility(RuleQuestion question, RuleOutcome outcome, DateOnly today)
    {
        switch (question.Kind)
        {
            case RuleKind.CovidExtension:
                return (outcome.Date is not null, null);
            case RuleKind.ReplacementTokenDeadline when question.ReplacementAlreadyIssued:
                return (false, IneligibilityReason.OneTimeOnly);
            case RuleKind.RefundDeadline when question.SoftwareBenefitsActivated:
                return (false, IneligibilityReason.SoftwareBenefitsActivated);
        }

        if (!question.AsksEligibility)
        {
            return (null, null);
        }

        return question.Kind switch
        {
            // Renewal is possible inside the window; before it opens the answer is "not yet" (no reason), after it the grace period rule takes over.
            RuleKind.RenewalWindow when outcome.Window is { } w => w.Contains(today) ? (true, null) : (false, today > w.End ? IneligibilityReason.PastDeadline : null),
            // "Can we already reassign?": allowed from the date on; too early has no listed reason.
            RuleKind.VsReassignFrom => (today >= outcome.Date, null),
            _ => today <= outcome.Date ? (true, null) : (false, IneligibilityReason.PastDeadline),
        };
    }
}
