namespace BenefitsBot.Domain.Rules;

/// <summary>A date-rule question as understood from the user's text.</summary>
/// <param name="Kind">Which rule is asked about.</param>
/// <param name="Language">The user's language: en, sv, nl or zh-TW.</param>
/// <param name="AnchorDate">The date the rule counts from; null when the user gave none (ask for it).</param>
/// <param name="AnchorRole">What the anchor date marks (purchase, anniversary, ...).</param>
/// <param name="AsksEligibility">"Can we still/already ... today?": the answer carries yes/no.</param>
/// <param name="SoftwareBenefitsActivated">The user says the software benefits were already activated.</param>
/// <param name="ReplacementAlreadyIssued">The user says a replacement token was already issued once.</param>
public sealed record RuleQuestion(
    RuleKind Kind,
    string Language,
    DateOnly? AnchorDate,
    DateRole AnchorRole,
    bool AsksEligibility = false,
    bool SoftwareBenefitsActivated = false,
    bool ReplacementAlreadyIssued = false)
{
    /// <summary>The question is a date-rule question but no usable date was given.</summary>
    public bool NeedsDate => AnchorDate is null;
}
