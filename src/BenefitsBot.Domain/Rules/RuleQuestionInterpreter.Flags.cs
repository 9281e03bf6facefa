using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>Clause boundaries: sentence and comma punctuation (Latin and CJK) and a dash between spaces; not the hyphens of dates.</summary>
    [GeneratedRegex(@"[,.;:?!，。；：？！\n]+|\s[-–—]\s", RegexOptions.NonBacktracking)]
    private static partial Regex ClauseBoundary();

    /// <summary>For placing dates and role phrases: clause punctuation plus joining words ("... expiry is Jan 31 and we redeemed on Dec 1").</summary>
    [GeneratedRegex(@"[,;:?!，。；：？！\n]+|\.\s|\s[-–—]\s|\s(and|but|och|men|en|maar)\s|而且|並且|然後|但是", RegexOptions.NonBacktracking)]
    private static partial Regex RoleClauseBoundary();

    private static TextView[] Clauses(TextView view)
    {
        var clauses = new List<TextView>();
        var start = 0;
        foreach (Match boundary in ClauseBoundary().Matches(view.Text))
        {
            clauses.Add(view.Slice(start, boundary.Index));
            start = boundary.Index + boundary.Length;
        }

        clauses.Add(view.Slice(start, view.Text.Length));
        return [.. clauses];
    }

    private static List<(int Start, int End)> ClauseSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match boundary in RoleClauseBoundary().Matches(text))
        {
            spans.Add((start, boundary.Index));
            start = boundary.Index + boundary.Length;
        }

        spans.Add((start, text.Length + 1));
        return spans;
    }

    /// <summary>A yes/no "can we still/already ...?" in a clause that is not itself a "how long / until when" question.</summary>
    private static bool AsksEligibility(TextView[] clauses, RuleVocabulary[] vocabularies) =>
        clauses.Any(clause =>
            vocabularies.Any(v => v.EligibilityCues.Any(c => c.IsMatch(clause.For(v)))) &&
            !vocabularies.Any(v => v.OpenQuestionCues.Any(c => c.IsMatch(clause.For(v)))));

    /// <summary>Software named with an activation verb and no negation in the same clause ("haven't touched the software" is not).</summary>
    private static bool SaysSoftwareActivated(TextView[] clauses, RuleVocabulary[] vocabularies) =>
        clauses.Any(clause => vocabularies.Any(v =>
            v.SoftwareWords.IsMatch(clause.For(v)) && v.ActivationWords.IsMatch(clause.For(v))) &&
            !vocabularies.Any(v => v.NegationWords.IsMatch(clause.For(v))));

    /// <summary>A replacement mentioned together with "already / before / a second" in the same clause.</summary>
    private static bool SaysReplacementAlreadyIssued(TextView[] clauses, RuleVocabulary[] vocabularies) =>
        clauses.Any(clause => vocabularies.Any(v => v.ReplacementWords.IsMatch(clause.For(v))) &&
            vocabularies.Any(v => v.RepeatWords.IsMatch(clause.For(v))));
}
