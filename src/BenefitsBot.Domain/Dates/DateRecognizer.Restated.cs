using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>Characters before a restated date searched for the offset and event it dates ("two days before our audit, which was on").</summary>
    private const int RestatedReach = 140;

    /// <summary>
    /// An offset from an event whose date is restated after it, in brackets or in a relative clause: "two days before our audit,
    /// which was on 3 March 2021", "the Monday after we signed (we signed on Thursday 29 April 2021)", "tre dagar efter festen (den
    /// var fredag 7 juli 2023)", "the day before the quarter ended (30 September)". The offset lands on the restated date, and the
    /// mentions read inside the phrase ("Q3 2024", "this year", a weekday) are part of it. In brackets the event may be the user's
    /// own act, since the brackets date it apart from what is asked about.
    /// </summary>
    private static IReadOnlyList<DateMention> AfterRestatedEvent(string text, string language, IReadOnlyList<DateMention> mentions)
    {
        if (language == "zh" || mentions.Count == 0 || !AfterWord().IsMatch(text))
        {
            return mentions;
        }

        List<DateMention>? result = null;
        foreach (var date in mentions)
        {
            if (date is not { Kind: DateMentionKind.Date, Date: { } day } || date.Start > text.Length)
            {
                continue;
            }

            var from = Math.Max(0, date.Start - RestatedReach);
            var gap = RestatedGap.Match(text, from, date.Start - from);
            if (!gap.Success)
            {
                continue;
            }

            var current = result ?? [.. mentions];
            var word = gap.Groups["word"].Index;
            var sign = gap.Groups["before"].Success ? -1 : 1;
            int start;
            DateOnly moved;
            // "dagen" is "the day" in Swedish but "days" in Dutch: a lead word inside another mention ("twee dagen (na Pasen)") is
            // part of that one. A weekday read alone as the lead ("torsdagen") goes into the phrase.
            var lead = gap.Groups["lead"];
            if (lead.Success && current.Exists(m => m.Start <= lead.Index && lead.Index < m.Start + m.Length
                && !(m.Kind == DateMentionKind.Date && m.Start >= lead.Index && m.Start + m.Length <= lead.Index + lead.Length)))
            {
                continue;
            }

            if (lead.Success)
            {
                start = lead.Index;
                moved = gap.Groups["wd"].Success ? NearestWeekday(day, WeekdayNumbers[gap.Groups["wd"].Value], sign) : day.AddDays(sign);
            }
            else if (current.LastOrDefault(m => m.Kind == DateMentionKind.Duration && m.Start + m.Length <= word
                && string.IsNullOrWhiteSpace(text[(m.Start + m.Length)..word])) is { Span: { } span } offset)
            {
                start = offset.Start;
                moved = Calendar.Add(day, span, sign);
            }
            else
            {
                continue;
            }

            // "on 20 August, the day after our anniversary (we joined 19 August 2021)": an apposition to the date before it, whose
            // brackets date something else.
            if (current.Exists(m => m.Kind == DateMentionKind.Date && m.Start + m.Length <= start && text[(m.Start + m.Length)..start].Trim() == ","))
            {
                continue;
            }

            var end = date.Start + date.Length;
            current.RemoveAll(m => m.Start >= start && m.Start + m.Length <= end);
            current.Add(Mentions.Day(start, end - start, moved));
            current.Sort((a, b) => a.Start.CompareTo(b.Start));
            result = current;
        }

        return result ?? mentions;
    }

    /// <summary>
    /// Right before the restated date: "the day / morning / a weekday" or nothing (an offset mention stands there), "before / after",
    /// the event, then an open bracket with at most a few words ("(the party was", "(we signed on") or a relative clause
    /// (", which was on", ", som var"). No sentence end, and not "that" event (<see cref="Narrated"/> reads those).
    /// </summary>
    /// <remarks>Here, after <see cref="WeekdayNumbers"/>, which it is built from: statics initialize in declaration order.</remarks>
    private static readonly Regex RestatedGap = new(
        $@"(?:\b(?<lead>(?:the\s+|de\s+)?(?:day|morning|evening|dagen|morgonen|kvällen|dag|ochtend|avond|(?<wd>{PatternRule.Alternation(WeekdayNumbers.Keys)})))\s+)?(?<word>(?<before>before|före|innan|voor|vóór)|after|efter|na)\s+(?!(?:that|this|det|detta|dat|dit|dien)\b)"
        + @"(?:[^,.;:?!\n()]{1,80}\(\s*[^()\d]{0,40}|(?![^,]*\b(?:we|i|vi|jag|wij|ik)\b)[^,.;:?!\n()]{1,80},\s*(?:which|that|som|die|dat)\b[^,.;:?!\n\d]{0,30})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
