using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

public sealed partial class DateRecognizer
{
    /// <summary>Characters between "two weeks after" and the date of the event it counts from ("our internal kickoff on").</summary>
    private const int AfterEventReach = 130;

    /// <summary>
    /// An offset from another told event: "two weeks after our internal kickoff on 4 April 2022", "three weeks after we opened the
    /// Oslo office, which was 2 May 2023", "tio dagar efter vår kickoff den
    /// 2 april", "een week na haar eerste werkdag op 21-11-2022", "the day after our onboarding workshop on 8 January": the day the
    /// offset lands on, spanning the whole phrase; the event's own date is only its reference. Not across a comma or a sentence, not
    /// "after that" (<see cref="Narrated"/> counts that from the date told before), and not after the user's own act on the thing
    /// itself ("a year after we bought it on 1 February 2020"), whose date the rule may count from.
    /// </summary>
    private static IReadOnlyList<DateMention> AfterToldEvent(string text, string language, IReadOnlyList<DateMention> mentions)
    {
        if (language == "zh")
        {
            return ChineseAfterToldEvent(text, mentions);
        }

        if (mentions.Count == 0 || !AfterWord().IsMatch(text))
        {
            return mentions;
        }

        var result = PeriodEndsCountedFrom(text, mentions).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var date = result[i];
            if (date is not { Kind: DateMentionKind.Date, Date: { } day } || date.Start > text.Length)
            {
                continue;
            }

            // A bare weekday before the event ("the Tuesday after our retreat, which was Friday 3 May") is part of the phrase.
            var weekdayBefore = i > 0 && result[i - 1] is { Kind: DateMentionKind.Date } w && w.Start + w.Length <= text.Length
                && WeekdayNumbers.ContainsKey(text.Substring(w.Start, w.Length).Trim());
            var previous = i - (weekdayBefore ? 2 : 1);
            var previousEnd = previous >= 0 ? result[previous].Start + result[previous].Length : 0;
            var from = Math.Max(previousEnd, date.Start - AfterEventReach);
            if (from > date.Start)
            {
                continue;
            }

            var lead = text[from..date.Start];
            DateMention? combined = null;
            // Years after the user's own act are the rule's own count ("the code stopped working a year after we entered it on 8/6").
            if (i > 0 && result[i - 1] is { Kind: DateMentionKind.Duration, Span: { } span } offset && offset.Start + offset.Length == from
                && !(span.Years > 0 && OwnSubject().IsMatch(lead)) && OffsetGap().Match(lead) is { Success: true } gap)
            {
                combined = Mentions.Day(offset.Start, date.Start + date.Length - offset.Start, Calendar.Add(day, span, gap.Groups["before"].Success ? -1 : 1));
                result.RemoveAt(i - 1);
                i--;
            }
            else if (DayAfterGap.Match(lead) is { Success: true } dayGap)
            {
                var start = from + dayGap.Index;
                var sign = dayGap.Groups["before"].Success ? -1 : 1;
                var weekday = dayGap.Groups["wd"];
                // A date in apposition that is itself the weekday named restates the whole phrase ("måndagen efter midsommar, den
                // 23 juni"), not the event's date.
                var restated = weekday.Success && dayGap.Groups["apposition"].Success && Calendar.IsoDay(day) == WeekdayNumbers[weekday.Value];
                combined = Mentions.Day(start, date.Start + date.Length - start, restated ? day : weekday.Success ? NearestWeekday(day, WeekdayNumbers[weekday.Value], sign) : day.AddDays(sign));
                if (weekdayBefore && weekday.Success && result[i - 1].Start == from + weekday.Index)
                {
                    // the weekday read alone goes into the phrase
                    result.RemoveAt(i - 1);
                    i--;
                }
            }

            if (combined is not null)
            {
                result[i] = combined;
            }
        }

        return result;
    }

    [GeneratedRegex(@"\b(after|before|efter|före|innan|na|voor|vóór|voordat|nadat)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterWord();

    [GeneratedRegex(@"\b(?:we|i|vi|jag|wij|ik)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnSubject();

    /// <summary>Right after the duration: "after / before / efter / före / na / voor", then the event (no comma, no sentence end, not "that").</summary>
    [GeneratedRegex(@"^\s*(?:(?<before>before|före|innan|voor|vóór|voordat)|after|efter|na|nadat)\s+(?!(?:that|this|det|detta|dat|dit|dien)\b)" + NotOwnActOnIt + @"[^,.;:?!\n]{0,80}" + EventDatedAfter + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetGap();

    /// <summary>
    /// Not the user's own act on the thing the rule is about, told with a pronoun for it ("after we bought it", "efter att vi löste in
    /// den", "nadat we het kochten"), nor their own act told in brackets ("the week after our anniversary (we signed up 3 May
    /// 2020)"): its date is the rule's own, which the offset counts from. Not a condition either ("uiterste dag voor annuleren als
    /// we op 2 mei bestelden", where "voor" is "for"). Another act of theirs ("after we rebranded", "efter att vi flyttade",
    /// "nadat we fuseerden") is an event like any other.
    /// </summary>
    private const string NotOwnActOnIt =
        @"(?![^,]*(?:\(\s*(?:we|i|vi|jag|wij|ik)|\b(?:if|om|ifall|als|indien))\b)"
        + @"(?![^,]*\b(?:we|i|vi|jag)\s+\w+(?:\s+\w+)?\s+(?:it|them|det|dem|den(?!\s+\d|\s*$))\b)"
        + @"(?![^,]*\b(?:we|wij|ik)\s+(?:het|'t|hem|ze)\s+(?:ge\w+|\w+(?:den|ten|de|te))\b)";

    /// <summary>
    /// The event's date told after its name: in a relative clause ("our town hall, which was 6 May", "vår julfest, som var fredag
    /// 13/12"), in a clause of its own ("after our audit, and the audit ended on 3/4/2025", "voordat de cursus begon, en die begon
    /// op 4 maart", "the Monday after his start date; he started on 3 June") or in apposition ("na de audit, dinsdag 4 maart");
    /// "exactly" may stand before a date counted from today ("and the fair was exactly a month ago").
    /// </summary>
    private const string EventDatedAfter =
        @"(?:,\s*(?:which|that|som|die|dat)\b[^,.;:?!\n\d]{0,30}"
        + @"|[,;]\s*(?:(?:and|och|en)\s+[^,.;:?!\n\d]{0,50}?|(?:the|that|this|it|den|det|detta|de|het|die|dat|deze|she|he|they|hon|han|hij|zij|ze)\b[^,.;:?!\n\d]{0,40}?)\b(?:was|were|is|var|är|began|begun|started|ended|finished|började|slutade|begon|startte|eindigde|viel|fell|took\s+place|happened)(?:\s+(?:on|den|op|in|i))?\s*(?:(?:exactly|precisely|just|precis|exakt|jämnt|precies|exact)\s+)?"
        + @"|(?<apposition>,)\s*)?";
}
