using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    /// <summary>Characters between a correction word and the date it introduces ("sorry, I meant the 14th", "nej förlåt, den 24 mars").</summary>
    private const int CorrectionReach = 24;

    /// <summary>Characters to a correction's date in the same sentence ("no wait, with the order form in front of me I see it was the 9th").</summary>
    private const int CorrectionSentenceReach = 60;

    /// <summary>Characters between a <see cref="RuleVocabulary.RightBeforeCorrectionWords">word that corrects only right before a date</see> and that date ("no, the 5th", "eller nej, det var i torsdags").</summary>
    private const int RightBeforeReach = 14;

    /// <summary>Characters between the date taken back and such a word ("de sleutel ging gisteren naar Jan. Nee, eergisteren").</summary>
    private const int TakenBackReach = 40;

    /// <summary>
    /// Dates the user takes back: a date right after a correction word ("4 May 2022 — sorry, I meant the 14th", "2021/7/3，不對，是
    /// 2021/7/13", "4/10, no, 4/12") replaces the date before the word, keeping its role; written without a year (or without a month) it
    /// takes them from the date it corrects. A date said not to be meant ("not the 4th", "不是5月5日"), or given to another event
    /// right after a correction word ("no wait, that's when legal approved it", "不對，6/3是簽約日"), is dropped.
    /// </summary>
    private static List<Candidate> Corrected(TextView view, List<Candidate> candidates, RuleVocabulary[] vocabularies)
    {
        var kept = candidates.Where(c => !NegatedDate(view, c.Start)).ToList();
        var cues = vocabularies.SelectMany(v => v.CorrectionWords.Matches(view.For(v)).Select(m => (Cue: m, RightBefore: false, Vocabulary: v)))
            .Concat(vocabularies.SelectMany(v => v.RightBeforeCorrectionWords.Matches(view.For(v)).Select(m => (Cue: m, RightBefore: true, Vocabulary: v))))
            .OrderBy(c => c.Cue.Index).ToList();
        var cueEnd = -1;
        foreach (var (cue, rightBefore, vocabulary) in cues)
        {
            if (cue.Index < cueEnd)
            {
                continue; // inside a correction already read ("no wait", "förlåt, jag menar 6 juni")
            }

            var after = cue.Index + cue.Length;
            var correctedAt = kept.FindLastIndex(c => c.End <= cue.Index);
            var correctionAt = kept.FindIndex(c => c.Start >= cue.Index && (c.Start - after <= (rightBefore ? RightBeforeReach : CorrectionReach)
                || (!rightBefore && c.Start - after <= CorrectionSentenceReach && !SentenceBreaks.End().IsMatch(view.Text.AsSpan(after, c.Start - after))
                    && !EndsAsQuestion(view.Text, c.End))));
            // Such a word corrects a day by a day: "no, this year" or "nee, vorige week" tells a period, not a correction.
            if (correctedAt < 0 || (rightBefore && (cue.Index - kept[correctedAt].End > TakenBackReach || kept[correctedAt].Span || (correctionAt >= 0 && kept[correctionAt].Span))))
            {
                continue;
            }

            if (correctionAt < 0)
            {
                if (vocabulary.OtherEventWords.IsMatch(view.For(vocabulary).AsSpan(after)))
                {
                    kept.RemoveAt(correctedAt);
                    cueEnd = after;
                }

                continue;
            }

            if (correctionAt == correctedAt)
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

            // "Sorry, I mean 4 April": both words make one correction, which ends with its date.
            cueEnd = correction.End;
            if (placed == corrected.Date)
            {
                // The same day said again after the correction word and given to an event: it was that event's ("不對，6/3是簽約日");
                // said again alone, it is confirmed ("eller var det den 12 mars? Jag kollade nyss: 12 mars 2025").
                kept.RemoveAt(correctionAt);
                if (correction.End <= view.Text.Length && SameDayOtherEvent().IsMatch(view.Text.AsSpan(correction.End)))
                {
                    kept.RemoveAt(correctedAt);
                }

                continue;
            }

            // The correction's own event wins ("renews on the 4th, I heard; they corrected me: bought on 14 May 2021").
            kept[correctedAt] = corrected with { Date = placed, Role = correction.Role ?? corrected.Role };
            kept.RemoveAt(correctionAt);
        }

        return kept;
    }

    /// <summary>A date said again and given to an event right after it: "6/3是簽約日", "the 3rd is when legal signed".</summary>
    [GeneratedRegex(@"^\s*(是|為|为|(is|was|var|ar|werd|blev)\b)")]
    private static partial Regex SameDayOtherEvent();

    /// <summary>The sentence from here ends with a question mark: a date there is asked about ("sorry to bother you, but can we cancel on 20 May?").</summary>
    private static bool EndsAsQuestion(string text, int from)
    {
        var end = from < text.Length ? SentenceBreaks.End().Match(text, from) : Match.Empty;
        return end.Success && end.Value[0] is '?' or '？';
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
        var lineStart = LineStart(view.Text, start);
        return HeaderLine().IsMatch(view.Text[lineStart..Math.Min(start, view.Text.Length)]);
    }

    [GeneratedRegex(@"^\s*(sent|date|verzonden|datum|skickat|gesendet|envoye|寄件日期|傳送日期|日期)\s*[:：]", RegexOptions.NonBacktracking)]
    private static partial Regex HeaderLine();
}
