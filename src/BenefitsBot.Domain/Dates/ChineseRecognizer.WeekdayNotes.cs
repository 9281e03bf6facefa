using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    private static readonly Regex WeekdayNote = new(@"\G\s*[（(]?\s*(?:周|星期|礼拜)[一二三四五六日天1-7]\s*[）)]?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>"2026年3月6日(星期五)": a weekday noted after a date repeats that date; it is part of it, not a second date.</summary>
    private static List<DateMention> AbsorbWeekdayNotes(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>();
        foreach (var mention in mentions)
        {
            if (result.Count > 0 && result[^1] is { Kind: DateMentionKind.Date } previous
                && WeekdayNote.Match(text, previous.Start + previous.Length) is { Success: true } note
                && previous.Start + previous.Length + note.Length >= mention.Start + mention.Length)
            {
                result[^1] = previous with { Length = previous.Length + note.Length };
                continue;
            }

            result.Add(mention);
        }

        return result;
    }
}
