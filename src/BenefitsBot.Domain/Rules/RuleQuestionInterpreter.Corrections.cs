using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>Characters between a correction word and the date it introduces ("sorry, I meant the 14th", "nej förlåt, den 24 mars").</summary>
    private const int CorrectionReach = 24;

    /// <summary>
    /// Dates the user takes back: a date right after a correction word ("4 May 2022 — sorry, I meant the 14th", "2021/7/3，不對，是
    /// 2021/7/13") replaces the date before the word, keeping its role; written without a year (or without a month) it takes them
    /// from the date it corrects. A date said not to be meant ("not the 4th", "不是5月5日") is dropped.
    /// </summary>
    private static List<Candidate> Corrected(TextView view, List<Candidate> candidates, RuleVocabulary[] vocabularies)
    {
        var kept = candidates.Where(c => !NegatedDate(view, c.Start)).ToList();
        var cues = vocabularies.SelectMany(v => v.CorrectionWords.Matches(view.For(v))).OrderBy(m => m.Index).ToList();
        foreach (var cue in cues)
        {
            var correctedAt = kept.FindLastIndex(c => c.End <= cue.Index);
            var correctionAt = kept.FindIndex(c => c.Start >= cue.Index && c.Start - (cue.Index + cue.Length) <= CorrectionReach);
            if (correctedAt < 0 || correctionAt < 0 || correctionAt == correctedAt)
            {
                continue;
            }

            var corrected = kept[correctedAt];
            var correction = kept[correctionAt];
            var surface = view.Text[correction.Start..Math.Min(correction.End, view.Text.Length)];
            var correctedSurface = view.Text[corrected.Start..Math.Min(corrected.End, view.Text.Length)];
            // A bare day corrected by a bare day ("the 4th - sorry, the 14th - of October") keeps the correction's own month.
            var day = YearWritten().IsMatch(surface) || (BareDay().IsMatch(surface) && BareDay().IsMatch(correctedSurface)) ? correction.Date
                : BareDay().IsMatch(surface) ? Calendar.TryDate(corrected.Date.Year, corrected.Date.Month, correction.Date.Day)
                : Calendar.TryDate(corrected.Date.Year, correction.Date.Month, correction.Date.Day);
            if (day is not { } placed)
            {
                continue;
            }

            kept[correctedAt] = corrected with { Date = placed, Role = corrected.Role ?? correction.Role };
            kept.RemoveAt(correctionAt);
        }

        return kept;
    }

    /// <summary>"Not the 4th", "inte den 4:e", "niet de 4e", "不是5月5日": a date the user says is not meant.</summary>
    private static bool NegatedDate(TextView view, int start) =>
        start <= view.Text.Length && NotBefore().IsMatch(view.Text[Math.Max(0, start - 12)..start]);

    /// <remarks>An interjection before 不是 makes it a correction ("6月3日 喔不是 6月30日"), see the Chinese correction words.</remarks>
    [GeneratedRegex(@"(\b(not|inte|niet)|(?<![喔哦噢啊欸呃]\s*)不是)\s*(the |den |de |op |on )?$")]
    private static partial Regex NotBefore();

    /// <summary>A date on a pasted e-mail's header line ("Sent: 14 February 2024", "Verzonden:", "Skickat:"): when it was written, not an event.</summary>
    private static bool InHeaderLine(TextView view, int start)
    {
        var lineStart = start <= 0 ? 0 : view.Text.LastIndexOf('\n', Math.Min(start, view.Text.Length) - 1) + 1;
        return HeaderLine().IsMatch(view.Text[lineStart..Math.Min(start, view.Text.Length)]);
    }

    [GeneratedRegex(@"^\s*(sent|date|verzonden|datum|skickat|gesendet|envoye|寄件日期|傳送日期|日期)\s*[:：]", RegexOptions.NonBacktracking)]
    private static partial Regex HeaderLine();
}
