namespace BenefitsBot.Domain.Rules;

/// <summary>A date-rule question as understood from the user's text.</summary>
/// <param name="Kind">Which rule is asked about.</param>
/// <param name="Language">The user's language: en, sv, nl or zh-TW.</param>
/// <param name="AnchorDate">The date the rule counts from; null when the user gave none (ask for it).</param>
/// <param name="AnchorRole">What the anchor date marks (purchase, anniversary, ...).</param>
/// <param name="AsksEligibility">A yes/no is asked ("is it still valid?", "can we get a refund today?"): the answer carries yes/no.</param>
/// <param name="Facts">What the user states happened (activated, already replaced, left, paid).</param>
/// <param name="CheckDay">The day the yes/no is asked for when the user names one; null means the user's today.</param>
/// <param name="Alternative">A second rule that fits the words as well as <paramref name="Kind"/>: the user is asked to pick.</param>
public sealed record RuleQuestion(
    RuleKind Kind,
    string Language,
    DateOnly? AnchorDate,
    DateRole AnchorRole,
    bool AsksEligibility = false,
    RuleFacts? Facts = null,
    DateOnly? CheckDay = null,
    RuleKind? Alternative = null)
{
    /// <summary>The question is a date-rule question but no usable date was given.</summary>
    public bool NeedsDate => AnchorDate is null;

    /// <summary>The same question read as <paramref name="kind"/>: the date keeps its role where that rule takes it, else takes the rule's own.</summary>
    public RuleQuestion As(RuleKind kind) =>
        this with { Kind = kind, AnchorRole = KindRoles.Accepts(kind, AnchorRole) ? AnchorRole : KindRoles.DefaultRole(kind), Alternative = null };

    /// <summary>The stated facts; none when the user stated none.</summary>
    public RuleFacts StatedFacts => Facts ?? RuleFacts.None;
}
