namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>Written dates: ISO, numeric by culture order, day-month and month-day with names, month-year, months and years.</summary>
    private IEnumerable<PatternRule> AbsoluteRules()
    {
        var year = @"(?<y>\d{4})";
        var wdPrefix = $@"(?:{weekday},?\s+(?:(?:{profile.Article})\s+)?)?";
        yield return PatternRule.Create(@"(?<y>\d{4})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\k<s>?\d)",
            (m, r) => DayOf(m, Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), r));
        yield return PatternRule.Create($@"(?<y>\d{{4}})[-/]{month}[-/](?<d>\d{{1,2}})", (m, r) => DayOf(m, Int(m.Groups["y"]), MonthOf(m), Int(m.Groups["d"]), r));
        yield return PatternRule.Create($@"{wdPrefix}(?<a>\d{{1,2}})(?<s>[-/.])(?<b>\d{{1,2}})(?:\k<s>|,\s?)(?<y>\d{{4}}|\d{{2}})(?!\k<s>\d)", Numeric);
        yield return PatternRule.Create($@"{wdPrefix}(?<a>\d{{1,2}})(?<s>[-/.])(?<b>\d{{1,2}})(?!\k<s>\d|[.,]\d)", Numeric);
        yield return PatternRule.Create($@"{wdPrefix}(?:(?:{profile.Article})\s+)?{day}(?:\s+(?:{profile.Of}))?[\s/.-]*{month}(?:[\s,/.-]*{year})?",
            (m, r) => DayOf(m, Year(m.Groups["y"]), MonthOf(m), Day(m), r));
        yield return PatternRule.Create($@"{wdPrefix}{month}[\s/.-]*(?:(?:{profile.Article})\s+)?{day}(?:(?:,\s*|\s+|[/-]){year})?",
            (m, r) => DayOf(m, Year(m.Groups["y"]), MonthOf(m), Day(m), r));
        yield return PatternRule.Create($@"{month}[\s,/-]*{year}|{year}[\s-]*{month}", (m, _) => MonthRange(m, Int(m.Groups["y"]), MonthOf(m)));
        yield return PatternRule.Create(@"(?<y>\d{4})-(?<m>\d{1,2})(?![-/.]?\d)|(?<m>\d{1,2})-(?<y>\d{4})", (m, _) => MonthRange(m, Int(m.Groups["y"]), Int(m.Groups["m"])));
        yield return PatternRule.Create($@"(?:{periodModifier}\s+)?(?<mn>{PatternRule.Alternation(profile.StandaloneMonths)})", StandaloneMonth);
        yield return PatternRule.Create($@"(?:(?<pm>{PatternRule.Alternation(profile.PeriodModifiers.Keys)})|{profile.YearLead})\s+{month}", StandaloneMonth);
        yield return PatternRule.Create($@"(?:{profile.YearLead})\s+(?<y>(?:19|20)\d{{2}})", (m, _) => YearRange(m, Int(m.Groups["y"])));
        yield return PatternRule.Create($@"(?:(?<open>{profile.RangeOpen})\s+)?(?<y1>(?:19|20)\d{{2}})\s*(?<join>{profile.RangeJoin})\s*(?<y2>(?:19|20)\d{{2}})", YearToYear);
    }

    private DateMention? Numeric(System.Text.RegularExpressions.Match match, DateOnly reference)
    {
        var a = Int(match.Groups["a"]);
        var b = Int(match.Groups["b"]);
        var (monthNumber, dayNumber) = profile.MonthFirst ? (a, b) : (b, a);
        if (monthNumber > 12 && dayNumber <= 12)
        {
            (monthNumber, dayNumber) = (dayNumber, monthNumber);
        }

        return monthNumber is < 1 or > 12 ? null : DayOf(match, Year(match.Groups["y"]), monthNumber, dayNumber, reference);
    }

    private static DateMention? MonthRange(System.Text.RegularExpressions.Match match, int year, int monthNumber) =>
        monthNumber is < 1 or > 12 || year < 1 ? null
            : Mentions.Range(match.Index, match.Length, new DateOnly(year, monthNumber, 1), new DateOnly(year, monthNumber, 1).AddMonths(1));

    private static DateMention YearRange(System.Text.RegularExpressions.Match match, int year) =>
        Mentions.Range(match.Index, match.Length, new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    private DateMention? StandaloneMonth(System.Text.RegularExpressions.Match match, DateOnly reference)
    {
        var monthNumber = MonthOf(match);
        var offset = match.Groups["pm"].Success ? profile.PeriodModifiers[Key(match.Groups["pm"].Value)] : (int?)null;
        var year = offset is { } o ? reference.Year + o : Calendar.NearestYearOfMonth(monthNumber, reference);
        return MonthRange(match, year, monthNumber);
    }

    private DateMention? YearToYear(System.Text.RegularExpressions.Match match, DateOnly reference)
    {
        var join = Key(match.Groups["join"].Value);
        var needsOpen = join is "and" or "och" or "en";
        if (needsOpen && !match.Groups["open"].Success)
        {
            return null;
        }

        var from = Int(match.Groups["y1"]);
        var to = Int(match.Groups["y2"]);
        return to <= from ? null : Mentions.Range(match.Index, match.Length, new DateOnly(from, 1, 1), new DateOnly(to, 1, 1));
    }
}
