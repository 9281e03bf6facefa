using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>Phrases relative to the reference day: day words, weekdays, this/next/last periods, "in N days", "N weeks ago", durations.</summary>
    private IEnumerable<PatternRule> RelativeRules()
    {
        var weekModifier = "(?<wm>" + PatternRule.Alternation(profile.WeekdayModifiers.Keys) + ")";
        var weekUnit = "(?<u>" + PatternRule.Alternation(profile.Units.Where(u => u.Value == DateUnit.Week).Select(u => u.Key)) + ")";
        // Singular only: "the 2 upcoming months" is a span, "the 20th of next month" a day.
        var monthUnit = "(?<u>" + PatternRule.Alternation(profile.Units.Where(u => u.Value == DateUnit.Month && u.Key is not ("months" or "månader" or "maanden")).Select(u => u.Key)) + ")";
        var lead = $@"(?:(?:{profile.Article}|on|at|{PatternRule.Alternation(profile.WeekdayModifiers.Where(w => w.Value == WeekdayRule.LatestOnOrBefore).Select(w => w.Key))})\s+)?";

        yield return PatternRule.Create(PatternRule.Alternation(profile.DayWords.Keys), (m, r) => Mentions.Day(m.Index, m.Length, r.AddDays(profile.DayWords[Key(m.Value)])));
        yield return PatternRule.Create($@"{weekModifier}\s+{weekday}", (m, r) => Mentions.Day(m.Index, m.Length, Calendar.Weekday(r, WeekdayOf(m), profile.WeekdayModifiers[Key(m.Groups["wm"].Value)])), PatternAnchor.Weekday);
        yield return PatternRule.Create($@"(?:(?:{profile.Article})\s+)?{weekday}\s+(?:{profile.WeekdayBeforeLast})", (m, r) => Mentions.Day(m.Index, m.Length, Calendar.Weekday(r, WeekdayOf(m), WeekdayRule.Past).AddDays(-7)), PatternAnchor.Weekday);
        yield return PatternRule.Create(longWeekday, (m, r) => Mentions.Day(m.Index, m.Length, Calendar.Weekday(r, WeekdayOf(m), WeekdayRule.LatestOnOrBefore)), PatternAnchor.Weekday);
        // "next week Mon or Tue", "Friday and Sat": a weekday listed after another may be abbreviated; alone it reads as any weekday.
        yield return PatternRule.Create($@"(?<={weekday}\s*(?:,|&|and|or|en|of|och|eller)\s*){weekday}", (m, r) => Mentions.Day(m.Index, m.Length, Calendar.Weekday(r, WeekdayOf(m), WeekdayRule.LatestOnOrBefore)), PatternAnchor.Weekday);
        if (profile.PastWeekdayPattern is { } pastWeekday)
        {
            yield return PatternRule.Create(pastWeekday, (m, r) => Mentions.Day(m.Index, m.Length, Calendar.Weekday(r, WeekdayOf(m), WeekdayRule.Past)));
        }

        // The weekday may be told in its past form around the week ("i tisdags förra veckan", "förra veckan i tisdags"), and after
        // the week with "på" ("förra veckan på tisdag"): the week decides which.
        // A past form ends in a letter, which the weekday anchor does not take, so then the week's unit alone anchors the first pass,
        // and nothing the second ("förra veckani tisdags" holds neither anchor).
        var weekdayInWeek = profile.PastWeekdayPattern is { } past ? $"(?:{lead}{weekday}|{past})" : lead + weekday;
        var weekdayAnchor = profile.PastWeekdayPattern is null ? PatternAnchor.Weekday : PatternAnchor.None;
        // The week is a modifier and its unit, or a word for one ("the week before last", "förrförra veckan", "eervorige week").
        var week = $@"(?:{periodModifier}\s+{weekUnit}|(?<pw>{PatternRule.Alternation(profile.PeriodWords.Where(w => w.Value.Unit == DateUnit.Week).Select(w => w.Key))}))";
        yield return PatternRule.Create($@"{weekdayInWeek},?\s+(?:(?:of|i|van)\s+)?(?:the\s+)?{week}", WeekdayOfWeek, weekdayAnchor | PatternAnchor.Unit);
        yield return PatternRule.Create($@"{week}\s*[-,]?\s*(?:(?:på|on|op)\s+)?{weekdayInWeek}", WeekdayOfWeek, weekdayAnchor);
        var periodUnit = PeriodUnit();
        // "de komende weken", "the past months": one unit from tomorrow (up to today), as "the next week" counts it; the count is left vague.
        yield return PatternRule.Create($@"{periodModifier}\s+(?:{periodUnit}|(?<plural>(?<u>{PatternRule.Alternation(profile.PluralUnits)})))", (m, r) =>
            m.Groups["plural"].Success ? NextOrLastUnits(m, r) : Period(m, r), PatternAnchor.Unit);
        if (profile.PeriodWords.Count > 0)
        {
            yield return PatternRule.Create(PatternRule.Alternation(profile.PeriodWords.Keys), (m, r) =>
                Mentions.Range(m.Index, m.Length, profile.PeriodWords[Key(m.Value)].Unit.Period(r, profile.PeriodWords[Key(m.Value)].Offset)));
        }
        // A month named by one word group ("the month after next", "förrförra månaden") holds a day as a month with its modifier does;
        // tried first, as "de maand" alone reads as this month.
        var monthWords = profile.PeriodWords.Where(w => w.Value.Unit == DateUnit.Month).Select(w => w.Key).ToList() is { Count: > 0 } words
            ? "(?<pw>" + PatternRule.Alternation(words) + ")|" : "";
        // "20 ste van de volgende maand": the ordinal suffix may stand apart before "of next month".
        // "the last of the month", "den sista förra månaden", "sista dagen i månaden", "de laatste van vorige maand": its last day.
        yield return PatternRule.Create($@"(?:(?:{profile.Article})\s+)?(?:{day}|(?<last>{profile.EdgeLast}))(?:\s(?:{profile.OrdinalSuffix}))?(?:\s+(?:day|dag|dagen))?\s+(?:(?:{profile.Of})\s+)?(?:the\s+|de\s+)?(?:{monthWords}{periodModifier}\s+{monthUnit}|(?<the>{profile.TheMonth}))", DayOfMonthPeriod, PatternAnchor.Unit);
        yield return PatternRule.Create($@"{periodModifier}\s+{monthUnit}\s*,?\s+(?:(?:on|op|på)\s+)?(?:(?:{profile.Article})\s+)?{day}(?![-/.,]?\d|\s+{unit}|\s*{month})", DayOfMonthPeriod, PatternAnchor.Unit);
        // "from 4-23 in next month", "volgende maand van 4-23": a span of days inside a named month.
        var dayJoin = $@"\s*(?<join>{profile.RangeJoin})\s*";
        var days = $@"(?:(?<open>{profile.RangeOpen})\s+)?{DayPattern("1")}{dayJoin}{DayPattern("2")}";
        yield return PatternRule.Create($@"{days}\s+(?:{profile.Of}|in|of)\s+(?:the\s+|de\s+)?{periodModifier}\s+{monthUnit}|{periodModifier}\s+{monthUnit}\s*,?\s+{days}(?![-/.,]?\d|\s*{month})", DaysOfMonthPeriod, PatternAnchor.Unit);
        yield return PatternRule.Create($@"(?:{profile.SpanFor})\s+{number}\s+{unit}\s*,?\s+(?:{profile.SpanStarting}|{profile.SpanAfter})\s+(?<dw>{PatternRule.Alternation(profile.DayWords.Keys)})", (m, r) =>
            Number(m.Groups["n"]) is { } n && r.AddDays(profile.DayWords[Key(m.Groups["dw"].Value)]) is var from
                ? Mentions.Range(m.Index, m.Length, from, Calendar.Add(from, UnitOf(m).Times(n), 1)) : null, PatternAnchor.Unit);
        // Besides units, what is counted may be weekdays ("two Sundays from now", "två måndagar senare", "3 Fridays ago") or,
        // ahead only, business days ("om två arbetsdagar"); one pattern per direction keeps the number scanned once.
        var weekdays = $@"{weekday}(?:s|ar|en)";
        var ahead = $@"(?:{unit}|(?<bd>{profile.BusinessDays})|{weekdays})";
        yield return PatternRule.Create($@"(?:{profile.FuturePrefix})\s+{number}\s+{ahead}(?:\s+(?:{profile.FutureSuffix}))?|{number}\s+{ahead}\s+(?:{profile.FutureSuffix})", (m, r) => Offset(m, r, 1));
        yield return PatternRule.Create($@"(?:(?:{profile.PastPrefix})\s+)?{number}\s+(?:{unit}|{weekdays})\s+(?:{profile.PastSuffix})", (m, r) => Offset(m, r, -1));
        // "a year and a week ago", "ett år och en vecka sedan", "een jaar en tien dagen geleden": units added up.
        // Not after "the last": "for the last 3 months and 2 days ago ..." is a span and then a day.
        var compound = $@"(?<!(?:{PatternRule.Alternation(profile.PeriodModifiers.Keys)})\s+){number}\s+{unit}(?:\s*,?\s*(?:and|och|en)?\s*{number}\s+{unit})+";
        yield return PatternRule.Create($@"(?:(?:{profile.PastPrefix})\s+)?{compound}\s+(?:{profile.PastSuffix})", (m, r) => CompoundOffset(m, r, -1), PatternAnchor.Unit);
        yield return PatternRule.Create($@"(?:{profile.FuturePrefix})\s+{compound}|{compound}\s+(?:{profile.FutureSuffix})", (m, r) => CompoundOffset(m, r, 1), PatternAnchor.Unit);
        // The number first needs the article ("the 3 next weeks", "de 5 aankomende jaren"): in "we will be 3 next week" it counts people.
        yield return PatternRule.Create($@"(?:the\s+|de\s+)?{periodModifier}\s+{number}\s+{unit}|(?:the|de)\s+{number}\s+{periodModifier}\s+{unit}", NextOrLastUnits, PatternAnchor.Unit);
        yield return PatternRule.Create($@"(?:{profile.Within})\s+{number}\s+{unit}", (m, r) =>
            Number(m.Groups["n"]) is { } n ? Mentions.Range(m.Index, m.Length, r, Calendar.Add(r, UnitOf(m).Times(n), 1)) : null, PatternAnchor.Unit);
        yield return PatternRule.Create($@"{lead}{weekday},?\s+(?:(?:{profile.Article})\s+)?{day}(?!\s*[-/.,]?\s*(?:\d|{PatternRule.Alternation(profile.Months.Keys)})|\s+{unit})", WeekdayAndDay, PatternAnchor.Weekday);
        yield return PatternRule.Create($@"{number}\s+{unit}|(?<![-/])(?<n>\d{{1,3}}){unit}", (m, _) => Mentions.Duration(m.Index, m.Length, UnitOf(m).Times(Number(m.Groups["n"]) ?? 1)), PatternAnchor.Unit);
        var ordinalWords = PatternRule.Alternation(profile.Ordinals.Keys);
        var dayAlone = profile.DayAloneSuffixOptional
            ? $@"(?:{profile.Article})\s+{day}(?!\s*[-/.,]?\s*\d)"
            : $@"(?:(?:{profile.Article})\s+(?<d>\d{{1,2}})(?:{profile.OrdinalSuffix})|(?<=(?<![\p{{L}}\p{{N}}])(?:{profile.DayLead})\s+)(?:{profile.Article})\s+(?<dw>{ordinalWords})|(?:{profile.Article})\s+(?<dw>{ordinalWords})(?=\s*(?:[.,;:!?]|$)))";
        yield return PatternRule.Create(dayAlone + $@"(?!\s+{unit})", (m, r) => Day(m) is { } d && Calendar.LatestDay(d, r) is { } date ? Mentions.Day(m.Index, m.Length, date) : null);
    }

    /// <summary>"Monday 21", "tuesday the eleventh": the nearest 21st that falls on a Monday.</summary>
    private DateMention? WeekdayAndDay(Match match, DateOnly reference)
    {
        if (Day(match) is not { } d)
        {
            return null;
        }

        var isoDay = WeekdayOf(match);
        DateOnly? best = null;
        var first = new DateOnly(reference.Year, reference.Month, 1);
        for (var offset = -14; offset <= 14; offset++)
        {
            var month = first.AddMonths(offset);
            if (Calendar.TryDate(month.Year, month.Month, d) is { } candidate && Calendar.IsoDay(candidate) == isoDay
                && (best is null || Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber)))
            {
                best = candidate;
            }
        }

        return best is { } date ? Mentions.Day(match.Index, match.Length, date) : null;
    }

    /// <summary>A unit that names one period after "next", "last", "this": days and plural forms left out.</summary>
    private string PeriodUnit() =>
        "(?<u>" + PatternRule.Alternation(profile.Units.Where(u => u.Value != DateUnit.Day && !profile.PluralUnits.Contains(u.Key)).Select(u => u.Key)) + ")";

    private int WeekdayOf(Match match) => profile.Weekdays[Key(match.Groups["wd"].Value)];

    private DateUnit UnitOf(Match match) => profile.Units[Key(match.Groups["u"].Value)];

    private int ModifierOf(Match match) => profile.PeriodModifiers[Key(match.Groups["pm"].Value)];

    private DateMention WeekdayOfWeek(Match match, DateOnly reference)
    {
        var weeks = match.Groups["pw"].Success ? profile.PeriodWords[Key(match.Groups["pw"].Value)].Offset : ModifierOf(match);
        return Mentions.Day(match.Index, match.Length, Calendar.StartOfWeek(reference).AddDays(7 * weeks + WeekdayOf(match) - 1));
    }

    /// <summary>"next month" is the whole month. Days are left out: "last day to pay" is not yesterday.</summary>
    private DateMention Period(Match match, DateOnly reference) => Mentions.Range(match.Index, match.Length, UnitOf(match).Period(reference, ModifierOf(match)));

    /// <summary>
    /// A day of the month named by its modifier, or its last day. "månaden" alone is this month only for the last day: "den 25:e i
    /// månaden" is mostly every month's 25th, left to the day alone.
    /// </summary>
    private DateMention? DayOfMonthPeriod(Match match, DateOnly reference)
    {
        var last = match.Groups["last"].Success;
        if (match.Groups["the"].Success && !last)
        {
            return null;
        }

        var months = match.Groups["pw"].Success ? profile.PeriodWords[Key(match.Groups["pw"].Value)].Offset : match.Groups["pm"].Success ? ModifierOf(match) : 0;
        var first = DateUnit.Month.Period(reference, months).Start;
        var day = last ? DateTime.DaysInMonth(first.Year, first.Month) : Day(match);
        return day is { } d && Calendar.TryDate(first.Year, first.Month, d) is { } date ? Mentions.Day(match.Index, match.Length, date) : null;
    }

    /// <summary>"in two business days": that many weekdays after today, Saturdays and Sundays skipped.</summary>
    private DateMention? BusinessDaysAhead(Match match, DateOnly reference)
    {
        if (Number(match.Groups["n"]) is not { } n || n is < 1 or > 1000)
        {
            return null;
        }

        var day = reference;
        for (var left = n; left > 0;)
        {
            day = day.AddDays(1);
            left -= day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return Mentions.Day(match.Index, match.Length, day);
    }

    private DateMention? CountedWeekday(Match match, DateOnly reference, int sign)
    {
        if (Number(match.Groups["n"]) is not { } n || n < 1)
        {
            return null;
        }

        var first = Calendar.Weekday(reference, WeekdayOf(match), sign > 0 ? WeekdayRule.Upcoming : WeekdayRule.Past);
        return Mentions.Day(match.Index, match.Length, first.AddDays(sign * 7 * (n - 1)));
    }

    private DateMention? DaysOfMonthPeriod(Match match, DateOnly reference)
    {
        var first = DateUnit.Month.Period(reference, ModifierOf(match)).Start;
        return JoinAllowed(match) && Day(match, "1") is { } d1 && Day(match, "2") is { } d2
            && Calendar.TryDate(first.Year, first.Month, d1) is { } from && Calendar.TryDate(first.Year, first.Month, d2) is { } to && to > from
                ? Mentions.Range(match.Index, match.Length, from, to)
                : null;
    }

    private DateMention? CompoundOffset(Match match, DateOnly reference, int sign)
    {
        var counts = match.Groups["n"].Captures;
        var units = match.Groups["u"].Captures;
        if (counts.Count != units.Count)
        {
            return null;
        }

        var day = reference;
        for (var i = 0; i < counts.Count; i++)
        {
            if (NumberOf(counts[i].Value) is not { } n)
            {
                return null;
            }

            day = Calendar.Add(day, profile.Units[Key(units[i].Value)].Times(n), sign);
        }

        return Mentions.Day(match.Index, match.Length, day);
    }

    private DateMention? Offset(Match match, DateOnly reference, int sign) =>
        match.Groups["wd"].Success ? CountedWeekday(match, reference, sign)
        : match.Groups["bd"].Success ? BusinessDaysAhead(match, reference)
        : Number(match.Groups["n"]) is { } n ? Mentions.Day(match.Index, match.Length, Calendar.Add(reference, UnitOf(match).Times(n), sign)) : null;

    /// <summary>"next 3 days" = the three days after today; "last 10 weeks" = the ten weeks up to today (Recognizers-Text).</summary>
    private DateMention? NextOrLastUnits(Match match, DateOnly reference)
    {
        if ((match.Groups["n"].Success ? Number(match.Groups["n"]) : 1) is not { } n || ModifierOf(match) == 0)
        {
            return null;
        }

        var span = UnitOf(match).Times(n);
        return ModifierOf(match) > 0
            ? Mentions.Range(match.Index, match.Length, reference.AddDays(1), Calendar.Add(reference.AddDays(1), span, 1))
            : Mentions.Range(match.Index, match.Length, Calendar.Add(reference, span, -1), reference);
    }
}
