namespace BenefitsBot.Domain.Rules;

/// <summary>
/// The benefit date rules of the MPN articles. All deadlines are inclusive: on the deadline day itself the answer is still yes.
/// Date arithmetic is in <c>BenefitRules.Dates.cs</c>, the eligibility checks in <c>BenefitRules.Eligibility.cs</c>.
/// </summary>
public sealed partial class BenefitRules(TimeProvider time)
{
    /// <summary>Today in the time provider's local zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>Answers the question as of today (from the time provider).</summary>
    public RuleVerdict Evaluate(RuleQuestion question) => Evaluate(question, Today);

    /// <summary>Answers the question as of <paramref name="today"/>: the yes/no for the day the user named, else for today.</summary>
    /// <exception cref="ArgumentException">The question has no date (check <see cref="RuleQuestion.NeedsDate"/> first).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance API beside Evaluate(question): callers hold one BenefitRules with its clock.")]
    public RuleVerdict Evaluate(RuleQuestion question, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.AnchorDate is not { } anchor)
        {
            throw new ArgumentException("The question has no date; ask the user for it.", nameof(question));
        }

        return Apply(new RuleCase(question.Kind, anchor, question.AnchorRole, question.StatedFacts), today, question.CheckDay, question.AsksEligibility);
    }

    /// <summary>
    /// Applies a rule to a known situation (a dialog's records, not a question): the dates, and the yes/no for <paramref name="today"/>
    /// when <paramref name="answerYesNo"/>.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance API beside Evaluate: callers hold one BenefitRules with its clock.")]
    public RuleVerdict Apply(RuleCase situation, DateOnly today, bool answerYesNo = true) => Apply(situation, today, null, answerYesNo);

    private static RuleVerdict Apply(RuleCase situation, DateOnly today, DateOnly? checkDay, bool answerYesNo)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var outcome = Compute(situation.Kind, situation.Anchor, situation.AnchorRole);
        var day = checkDay ?? today;
        var (eligible, reason) = Eligibility(situation, outcome, day, checkDay is not null, answerYesNo);
        var keyDate = outcome.Window?.End ?? outcome.Date;
        int? daysLeft = keyDate is { } d ? d.DayNumber - today.DayNumber : null;
        var verdict = new RuleVerdict(
            situation.Kind,
            outcome.Window?.Start,
            outcome.Window?.End,
            outcome.Date,
            eligible,
            reason,
            Citations.For(situation.Kind),
            daysLeft,
            new Dictionary<string, string>()) { CheckDay = checkDay };
        return verdict with { Explanation = RuleExplanations.Explain(verdict, situation.Anchor, today) };
    }

    private static RuleOutcome Compute(RuleKind kind, DateOnly anchor, DateRole role) => kind switch
    {
        RuleKind.RenewalWindow => new(RenewalWindowFromAnniversary(AnniversaryOf(anchor, role)), null),
        RuleKind.KeyUsableUntil => new(null, KeyUsableUntil(anchor)),
        RuleKind.GracePeriodEnd => new(null, GracePeriodEnd(AnniversaryOf(anchor, role))),
        RuleKind.UserAssignedBenefitExtension => new(null, UserAssignedBenefitsUsableUntil(AnniversaryOf(anchor, role))),
        RuleKind.VsReassignFrom => new(null, VisualStudioReassignableFrom(anchor)),
        RuleKind.ReplacementTokenDeadline => new(null, ReplacementTokenDeadline(anchor)),
        RuleKind.RefundDeadline => new(null, RefundDeadline(anchor)),
        RuleKind.CovidExtension => new(null, CovidExtendedThrough(AnniversaryOf(anchor, role))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Rules counted from an anniversary (or enrollment renewal date) accept a purchase date too: the anniversary is then the first one after purchase.
    /// For the renewal window and user-assigned benefits a purchase date is the usual input; an anniversary/renewal date is used as given.
    /// </summary>
    private static DateOnly AnniversaryOf(DateOnly anchor, DateRole role) =>
        role == DateRole.Purchase ? FirstAnniversary(anchor) : anchor;

    private readonly record struct RuleOutcome(DateWindow? Window, DateOnly? Date);
}
