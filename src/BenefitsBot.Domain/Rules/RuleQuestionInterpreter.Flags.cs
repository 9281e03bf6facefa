using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>Clause boundaries: sentence and comma punctuation (Latin and CJK) and a dash between spaces; not the hyphens of dates.</summary>
    [GeneratedRegex(@"[,.;:?!，。；：？！\n]+|\s[-–—]\s")]
    private static partial Regex ClauseBoundary();

    private static string[] Clauses(string text) => ClauseBoundary().Split(text);

    /// <summary>A yes/no "can we still/already ...?" in a clause that is not itself a "how long / until when" question.</summary>
    private static bool AsksEligibility(string[] clauses, RuleVocabulary[] vocabularies) =>
        clauses.Any(clause =>
            vocabularies.Any(v => v.EligibilityCues.Any(c => c.IsMatch(clause))) &&
            !vocabularies.Any(v => v.OpenQuestionCues.Any(c => c.IsMatch(clause))));

    /// <summary>Software named with an activation verb and no negation in the same clause ("haven't touched the software" is not).</summary>
    private static bool SaysSoftwareActivated(string[] clauses, RuleVocabulary[] vocabularies) =>
        clauses.Any(clause => vocabularies.Any(v =>
            v.SoftwareWords.IsMatch(clause) && v.ActivationWords.IsMatch(clause)) &&
            !vocabularies.Any(v => v.NegationWords.IsMatch(clause)));

    /// <summary>A replacement mentioned together with "already / before / a second" in the same clause.</summary>
    private static bool SaysReplacementAlreadyIssued(string[] clauses, RuleVocabulary[] vocabularies) =>
        clauses.Any(clause => vocabularies.Any(v => v.ReplacementWords.IsMatch(clause)) &&
            vocabularies.Any(v => v.RepeatWords.IsMatch(clause)));
}
