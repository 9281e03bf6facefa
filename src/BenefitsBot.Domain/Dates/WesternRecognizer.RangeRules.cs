using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>Ranges written inside one phrase: "3 to 12 Sept", "april 9th through 17th", "Nov 18-Dec 19, 2015", "from March to May", "jan-feb 2017".</summary>
    private IEnumerable<PatternRule> RangeRules()
    {
        var open = $@"(?:(?<open>{profile.RangeOpen})\s+)?";
        var join = $@"\s*(?<join>{profile.RangeJoin})\s*";
        var article = $@"(?:(?:{profile.Article})\s+)?";
        var month2 = "(?<mn2>" + PatternRule.Alternation(profile.Months.Keys) + @")\.?";
        var yearTail = $@"(?:\s*,?\s*|\s+(?:{profile.Of}|in|of)\s+)(?<y>\d{{4}})";
        yield return PatternRule.Create($@"{open}{article}{DayPattern("1")}{join}{article}{DayPattern("2")}(?:\s+(?:{profile.Of}))?[\s/.-]*{month}(?:{yearTail})?", DaysInMonth, PatternAnchor.Month);
        yield return PatternRule.Create($@"{open}{month}[\s/.-]*{article}{DayPattern("1")}{join}{article}{DayPattern("2")}(?:{yearTail})?(?!\s*[/.]?\s*\d)", DaysInMonth, PatternAnchor.Month);
        yield return PatternRule.Create($@"{open}{month}[\s/.-]*{article}{DayPattern("1")}{join}{month2}[\s/.-]*{article}{DayPattern("2")}(?:{yearTail})?", (m, r) =>
            DayRange(m, r, MonthOf(m), Day(m, "1"), profile.Months[Key(m.Groups["mn2"].Value)], Day(m, "2")), PatternAnchor.Month);
        yield return PatternRule.Create($@"{open}{article}{DayPattern("1")}[\s/.-]*{month}{join}{article}{DayPattern("2")}[\s/.-]*{month2}(?:{yearTail})?", (m, r) =>
            DayRange(m, r, MonthOf(m), Day(m, "1"), profile.Months[Key(m.Groups["mn2"].Value)], Day(m, "2")), PatternAnchor.Month);
        // "jan feb 2017": two months side by side before a year are a range, as with a dash.
        yield return PatternRule.Create($@"{open}(?:{periodModifier}\s+)?{month}(?:{join}|\s+(?={month2}{yearTail})){month2}(?:{yearTail})?", MonthToMonth, PatternAnchor.Month);
        // "Nov-Feb 5th, 2017", "nov-5 feb 2017": from the first of one month to a day of a later one.
        yield return PatternRule.Create($@"{open}{month}{join}(?:{month2}[\s/.-]*{article}{DayPattern("2")}|{article}{DayPattern("2")}[\s/.-]*{month2})(?:{yearTail})?", (m, r) =>
            DayRange(m, r, MonthOf(m), 1, profile.Months[Key(m.Groups["mn2"].Value)], Day(m, "2")), PatternAnchor.Month);
        foreach (var rule in NowRangeRules(open, join))
        {
            yield return rule;
        }

        var numericJoin = $@"\s*(?<join>-|–|~|{profile.RangeJoin})\s*";
        yield return PatternRule.Create($@"{open}(?<a1>\d{{1,2}})(?<s>[-/.])(?<b1>\d{{1,2}})(?:\k<s>(?<y1>\d{{4}}))?{numericJoin}(?<a2>\d{{1,2}})\k<s>(?<b2>\d{{1,2}})(?:(?:\k<s>|,\s*)(?<y2>\d{{4}}))?(?![-/.]?\d)", NumericRange, PatternAnchor.Digit);
    }

    /// <summary>"10/1-11/7", "5/1-5/7, 2020", "1-10-2018 - 7-10-2018": both ends in the culture's numeric order; a year on one end serves both.</summary>
    private DateMention? NumericRange(Match match, DateOnly reference)
    {
        if (!JoinAllowed(match))
        {
            return null;
        }

        var (m1, d1) = Order(Int(match.Groups["a1"]), Int(match.Groups["b1"]));
        var (m2, d2) = Order(Int(match.Groups["a2"]), Int(match.Groups["b2"]));
        var y1 = Year(match.Groups["y1"]);
        var y2 = Year(match.Groups["y2"]);
        var fromYear = y1 ?? y2 ?? Calendar.LatestMonthDay(m1, d1, reference)?.Year ?? reference.Year;
        var toYear = y2 ?? (m2 < m1 || (m2 == m1 && d2 <= d1) ? fromYear + 1 : fromYear);
        if (y1 is null && y2 is { } y && (m1 > m2 || (m1 == m2 && d1 > d2)))
        {
            fromYear = y - 1;
        }

        return Calendar.TryDate(fromYear, m1, d1) is { } from && Calendar.TryDate(toYear, m2, d2) is { } to && to > from
            ? Mentions.Range(match.Index, match.Length, from, to)
            : null;
    }

    private (int Month, int Day) Order(int a, int b)
    {
        var (monthNumber, dayNumber) = profile.MonthFirst ? (a, b) : (b, a);
        return monthNumber > 12 && dayNumber <= 12 ? (dayNumber, monthNumber) : (monthNumber, dayNumber);
    }

    private DateMention? DaysInMonth(Match match, DateOnly reference) =>
        DayRange(match, reference, MonthOf(match), Day(match, "1"), MonthOf(match), Day(match, "2"));

    /// <summary>Both ends share the written year; without one the start is the nearest occurrence and the end follows it.</summary>
    private static DateMention? DayRange(Match match, DateOnly reference, int fromMonth, int? fromDay, int toMonth, int? toDay)
    {
        if (!JoinAllowed(match) || fromDay is not { } d1 || toDay is not { } d2)
        {
            return null;
        }

        var year = Year(match.Groups["y"]);
        var toYear = year ?? (Calendar.LatestMonthDay(fromMonth, d1, reference)?.Year ?? reference.Year);
        var fromYear = fromMonth > toMonth ? toYear - 1 : toYear;
        if (year is null && fromMonth > toMonth)
        {
            (fromYear, toYear) = (toYear, toYear + 1);
        }

        return Calendar.TryDate(fromYear, fromMonth, d1) is { } from && Calendar.TryDate(toYear, toMonth, d2) is { } to && to > from
            ? Mentions.Range(match.Index, match.Length, from, to)
            : null;
    }

    private DateMention? MonthToMonth(Match match, DateOnly reference)
    {
        if (!JoinAllowed(match))
        {
            return null;
        }

        var fromMonth = MonthOf(match);
        var toMonth = profile.Months[Key(match.Groups["mn2"].Value)];
        int fromYear;
        if (match.Groups["pm"].Success)
        {
            fromYear = reference.Year + ModifierOf(match);
        }
        else if (Year(match.Groups["y"]) is { } year)
        {
            fromYear = fromMonth > toMonth ? year - 1 : year;
        }
        else
        {
            fromYear = Calendar.LatestYearOfMonth(fromMonth, reference);
        }

        var toYear = Year(match.Groups["y"]) ?? (toMonth <= fromMonth ? fromYear + 1 : fromYear);
        return toYear < fromYear || (toYear == fromYear && toMonth <= fromMonth) ? null : Mentions.Range(match.Index, match.Length, new DateOnly(fromYear, fromMonth, 1), new DateOnly(toYear, toMonth, 1));
    }
}
