using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// "Monday two weeks from now", "in 3 days on Friday": a weekday next to a date counted in units picks that weekday in the
    /// date's week. Upstream takes the Sunday-based week here (.NET DayOfWeek), so "Sunday 3 weeks after Jan 15th" is the Sunday before.
    /// </summary>
    private List<DateMention> ChainWeekdays(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (i + 1 < mentions.Count && (Chain(text, mentions[i], mentions[i + 1]) ?? Chain(text, mentions[i + 1], mentions[i])) is { } chained)
            {
                result.Add(chained);
                i++;
                continue;
            }

            result.Add(mentions[i]);
        }

        return result;
    }

    private DateMention? Chain(string text, DateMention weekdayMention, DateMention counted)
    {
        var (first, second) = weekdayMention.Start < counted.Start ? (weekdayMention, counted) : (counted, weekdayMention);
        var weekdayMatch = weekdayOnly.Match(text.Substring(weekdayMention.Start, weekdayMention.Length));
        if (!weekdayMatch.Success || counted.Date is not { } day || !unitWord.IsMatch(text.AsSpan(counted.Start, counted.Length))
            || text[(first.Start + first.Length)..second.Start].Trim().TrimStart(',').Trim().Length > 0)
        {
            return null;
        }

        var sunday = day.AddDays(-(int)day.DayOfWeek);
        var target = sunday.AddDays(profile.Weekdays[Key(weekdayMatch.Groups["wd"].Value)] % 7);
        return Mentions.Day(first.Start, second.Start + second.Length - first.Start, target);
    }

    /// <summary>"2 weeks starting May 20th", "for 1 week, from 20th dec": a duration laid from a start day is the range it covers.</summary>
    private DateMention? TrySpanFrom(string text, DateMention span, DateMention anchor, DateOnly reference)
    {
        if (span.Kind != DateMentionKind.Duration || Mentions.FirstDay(anchor) is not { } day)
        {
            return null;
        }

        var between = text[(span.Start + span.Length)..anchor.Start];
        var lead = MatchBefore(spanForAtEnd, text, span.Start);
        var starting = spanStarting.IsMatch(between);
        if (!starting && !(lead.Success && spanAfter.IsMatch(between.Replace(",", " ", StringComparison.Ordinal))))
        {
            return null;
        }

        // "from 20th dec" looks ahead: a yearless day already past means the next one.
        var anchorText = text.Substring(anchor.Start, anchor.Length);
        if (!starting && day < reference && !HasYear(anchorText) && monthName.IsMatch(anchorText))
        {
            day = day.AddYears(1);
        }

        var start = lead.Success ? lead.Index : span.Start;
        return Mentions.Range(start, anchor.Start + anchor.Length - start, day, Calendar.Add(day, span.Span!.Value, 1));
    }

    /// <summary>
    /// "1 september förra året", "September 1 last year", "15/10 vorig jaar": a yearless day (month by name or number) placed in a
    /// named year; "March last year", "mars i fjol", "december van vorig jaar": so is a month named without a year.
    /// </summary>
    private DateMention? TryDateInYear(string text, DateMention day, DateMention year, bool requireJoin = true)
    {
        var dayText = text.Substring(day.Start, day.Length);
        if (year.Kind != DateMentionKind.DateRange || year.RangeStart is not { Month: 1, Day: 1 } start
            || year.RangeEnd != start.AddYears(1) || HasYear(dayText) || !(monthName.IsMatch(dayText) || NumericDayMonth().IsMatch(dayText))
            || (requireJoin && !yearJoin.IsMatch(text[(day.Start + day.Length)..year.Start])))
        {
            return null;
        }

        var length = year.Start + year.Length - day.Start;
        if (day.Date is { } date)
        {
            return Calendar.TryDate(start.Year, date.Month, date.Day) is { } placed ? Mentions.Day(day.Start, length, placed) : null;
        }

        return day.RangeStart is { Day: 1 } first && day.RangeEnd == first.AddMonths(1) && monthName.IsMatch(dayText)
            ? Mentions.Range(day.Start, length, new DateOnly(start.Year, first.Month, 1), new DateOnly(start.Year, first.Month, 1).AddMonths(1))
            : null;
    }

    /// <summary>"vorig jaar op 12 maart", "last year on March 12", "i fjol den 12 mars", "förra året i december": the named year first, then the yearless day or month.</summary>
    private DateMention? TryYearThenDate(string text, DateMention year, DateMention day) =>
        YearThenDayJoin().IsMatch(text[(year.Start + year.Length)..day.Start]) && TryDateInYear(text, day, year, requireJoin: false) is { } placed
            ? placed with { Start = year.Start, Length = day.Start + day.Length - year.Start }
            : null;

    // No comma: in "begin dit jaar, op 2 januari" the year belongs to "begin", which the model reads.
    [GeneratedRegex(@"^\s*((on|op|den|pa|på|the|in|i)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearThenDayJoin();

    [GeneratedRegex(@"\d{1,2}[-/.]\d{1,2}", RegexOptions.NonBacktracking)]
    private static partial Regex NumericDayMonth();
}
