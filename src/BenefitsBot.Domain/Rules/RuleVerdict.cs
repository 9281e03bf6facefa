namespace BenefitsBot.Domain.Rules;

/// <summary>The answer to a date-rule question.</summary>
/// <param name="Kind">The rule applied.</param>
/// <param name="Start">First day of a window (renewal window), else null.</param>
/// <param name="End">Last day of a window (inclusive), else null.</param>
/// <param name="Date">The single date of the rule (deadline, first allowed day, extended-to day), else null.</param>
/// <param name="Eligible">Yes/no for "can we still/already ... today?" (or on the day named), always set for COVID coverage, else null.</param>
/// <param name="Reason">Why not eligible, when one of the known reasons applies.</param>
/// <param name="Citation">The article section the rule comes from.</param>
/// <param name="DaysLeft">Days from today to the rule's key date (window end or date); negative when past.</param>
/// <param name="Explanation">The verdict explained, keyed by language (en, sv, nl, zh-TW).</param>
public sealed record RuleVerdict(
    RuleKind Kind,
    DateOnly? Start,
    DateOnly? End,
    DateOnly? Date,
    bool? Eligible,
    IneligibilityReason? Reason,
    ArticleCitation Citation,
    int? DaysLeft,
    IReadOnlyDictionary<string, string> Explanation)
{
    /// <summary>The day <see cref="Eligible"/> is for when the user named one; null means today.</summary>
    public DateOnly? CheckDay { get; init; }
}
