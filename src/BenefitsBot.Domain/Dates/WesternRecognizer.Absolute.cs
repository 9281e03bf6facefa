using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>Not part of a longer digit run such as a phone number, an SSN or a code ("133-03-03-2020", "8/1.5").</summary>
    private const string NotInNumber = @"(?<!\d[-/.,])(?<![-/]\d+)";

    /// <summary>A clock-time marker after "9-6": "between 9-6 PT", "9-5pm" are hours, not a date.</summary>
    private const string TimeZone = @"\s*(?:[ap]\.?m\.?|[pemc][sd]?t|gmt|utc|cet|cest)(?![\p{L}])";

    /// <summary>Written dates: ISO, numeric by culture order, day-month and month-day with names, month-year, months and years.</summary>
    private IEnumerable<PatternRule> AbsoluteRules()
    {
        var yearTail = $@"(?:(?:\s*[,/.-]?\s*|\s+(?:{profile.Of}|in|of)\s+)(?:(?<y>\d{{4}})|['’](?<y>\d{{2}}))|\s+(?:{profile.YearDash})(?<y>\d{{2}})(?!\d)|\s+(?:of|van)\s+(?<y>\d{{2}})(?![\d:.,]))";
        // "this Friday, June 15", "Friday-Jun-15": a weekday before the date names the same day.
        var wdPrefix = $@"(?:{periodModifier}\s+)?(?:{weekday}(?:,?\s+|\s*-\s*)(?:(?:{profile.Article})\s+)?)?";
        var dayNoun = @"(?:\s+(?:day|dag))?";
        // An ISO timestamp's time part ("2020-09-01T10:00Z") belongs to the date.
        yield return PatternRule.Create(NotInNumber + @"(?<y>\d{4})(?<s>[-/. ])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![-/.]?\d)",
            (m, r) => DayOf(m, Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), r), PatternAnchor.Digit);
        yield return PatternRule.Create(@"(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])", (m, r) => DayOf(m, Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), r), PatternAnchor.Digit);
        // With the month as a word, a four-digit year can stand anywhere in the triple: "2020-Sep-23", "2020/23/Sep", "September-2020-23", "23-2020-September".
        yield return PatternRule.Create($@"(?<y>\d{{4}})(?<s>[-/.])(?:{month}\k<s>(?<d>\d{{1,2}})|(?<d>\d{{1,2}})\k<s>{month})|{month}(?<s>[-/.])(?<y>\d{{4}})\k<s>(?<d>\d{{1,2}})|(?<d>\d{{1,2}})(?<s>[-/.])(?<y>\d{{4}})\k<s>{month}",
            (m, r) => DayOf(m, Int(m.Groups["y"]), MonthOf(m), Int(m.Groups["d"]), r), PatternAnchor.Digit | PatternAnchor.Month);
        yield return PatternRule.Create($@"{NotInNumber}{wdPrefix}(?<a>\d{{1,2}})(?<s>[-/.])(?<b>\d{{1,2}})(?:\k<s>(?<y>(?:1[89]|20)\d{{2}}|\d{{2}})|,(?<y>\d{{2}})|\s*(?<=/\d{{1,2}}\s*)(?:{profile.YearDash})(?<y>\d{{2}})|\s+(?:{profile.YearDash})(?<y>\d{{2}})|(?:,\s?|[-\s])(?<y>(?:19|20)\d{{2}}))(?![-/.]?\d)", Numeric, PatternAnchor.Digit);
        // "version 1.2", "SP 2.1" are not dates; nor is a time of day written with a dot ("om 9.15 uur", "kl. 14.30", "at 9.15 am").
        yield return PatternRule.Create($@"{NotInNumber}(?<!(?:version|versie|ver|v|release|build|update|sp)\.?\s*|\b(?:om|kl|klockan|at)\.?\s*(?=\d{{1,2}}\.\d)){wdPrefix}(?<a>\d{{1,2}})(?<s>[{profile.ShortNumericSeparators}])(?<b>\d{{1,2}})(?:(?=\s+(?:of|av|van)\s)(?<of>))?(?![-/.,]?\d|\s*%|(?<=\.\d{{1,2}})\s*(?:uur|u|h|am|pm|[ap]\.m\.)(?![\p{{L}}])|{TimeZone})", Numeric, PatternAnchor.Digit);
        // "18 and 19 June", "3, 4 of 5 mei": a listed day takes the month (and year) written after the last one.
        var listedDay = $@"(?:\d{{1,2}}(?:{profile.OrdinalSuffix})?|{dayWordPattern})";
        var listTail = $@"(?=(?:\s*(?:,|&|and|or|en|of|och|eller)\s*{listedDay})+(?:\s+(?:{profile.Of}))?[\s/.-]*{month}(?:{yearTail})?{PatternRule.Right})";
        // After a day and a month name, two bare digits are the year ("3 Jan 24"), unless a time or a unit follows ("3 Jan 24 hours").
        var shortYearAfterDayMonth = $@"\s+(?<y>\d{{2}})(?![\d:%]|[.,]\d|\s*(?:{unit}|h|hours?|uur|timmar|[ap]\.?m\.?)(?![\p{{L}}]))";
        yield return PatternRule.Create($@"{wdPrefix}(?:(?:{profile.Article})\s+)?{day}(?:{dayNoun}(?:\s+(?:{profile.Of}))?[\s/.-]*{month}(?:{yearTail}|{shortYearAfterDayMonth})?|{listTail})",
            (m, r) => DayOf(m, ImpliedYear(m, MonthOf(m), Day(m), r), MonthOf(m), Day(m), r), PatternAnchor.Month);
        yield return PatternRule.Create($@"{wdPrefix}{month}(?:[\s/.-]*|,\s*(?=\d{{1,2}}(?:{profile.OrdinalSuffix})))(?:(?:{profile.Article})\s+)?{day}(?:{yearTail})?",
            (m, r) => DayOf(m, ImpliedYear(m, MonthOf(m), Day(m), r), MonthOf(m), Day(m), r), PatternAnchor.Month);
        yield return PatternRule.Create($@"{month}{yearTail}|(?<y>\d{{4}})[\s-]*{month}", (m, _) => MonthRange(m, Year(m.Groups["y"])!.Value, MonthOf(m)), PatternAnchor.Digit | PatternAnchor.Month);
        yield return PatternRule.Create(NotInNumber + @"(?:(?<y>\d{4})-(?<m>\d{1,2})|(?<m>\d{1,2})-(?<y>(?:19|20)\d{2}))(?![-/.]?\d)", (m, _) => MonthRange(m, Int(m.Groups["y"]), Int(m.Groups["m"])), PatternAnchor.Digit);
        yield return PatternRule.Create($@"(?:{periodModifier}\s+)?(?<mn>{PatternRule.Alternation(profile.StandaloneMonths)})", StandaloneMonth, PatternAnchor.Month);
        // "this may" is mostly the verb; a month with a modifier uses every month word but "may".
        var monthNotMay = "(?<mn>" + PatternRule.Alternation(profile.Months.Keys.Where(k => k != "may")) + @")\.?";
        yield return PatternRule.Create($@"{periodModifier}\s+{monthNotMay}|(?<=(?:{profile.YearLead}|{profile.RangeOpen})\s+)(?<mn>{PatternRule.Alternation(profile.Months.Keys.Except(profile.NotMonthsAfterLead, StringComparer.OrdinalIgnoreCase))})\.?", StandaloneMonth, PatternAnchor.Month);
        // A lead word makes any year from 1500 to 2999 a year ("in 2150", "from 2014"), unless a unit or decimals follow ("in 2150 days")
        // or it starts an ISO date ("sedan 2019-02-11").
        var leadYear = $@"(?<y>(?:1[5-9]|2\d)\d{{2}})(?![.,]\d|[-/]\d|\s*%|\s+{unit})";
        yield return PatternRule.Create($@"(?:{profile.YearLead}|{profile.RangeOpen})\s+{leadYear}", (m, _) => YearRange(m, Int(m.Groups["y"])), PatternAnchor.Digit);
        yield return PatternRule.Create($@"(?:{profile.YearLead})\s+['’](?<y>\d{{2}})", (m, _) => YearRange(m, Year(m.Groups["y"])!.Value), PatternAnchor.Digit);
        // A year listed after another ("in 2007 and 2009", "2019, 2020") needs no lead of its own.
        yield return PatternRule.Create($@"(?<=(?:19|20)\d{{2}}\s*(?:,|and|or|och|eller|en|of)\s*)(?<y>(?:19|20)\d{{2}})(?![-/.]?\d)", (m, _) => YearRange(m, Int(m.Groups["y"])), PatternAnchor.Digit);
        yield return PatternRule.Create($@"(?<![-\d])(?:(?<open>{profile.RangeOpen})\s+)?(?<y1>(?:19|20)\d{{2}})\s*(?<join>{profile.RangeJoin})\s*(?<y2>(?:19|20)\d{{2}})(?![-\d])", YearToYear, PatternAnchor.Digit);
        foreach (var rule in RangeRules())
        {
            yield return rule;
        }
    }

    private DateMention? Numeric(Match match, DateOnly reference)
    {
        // "1/3 of the seats", "3/4 av pengarna" is a share; "10/1 av misstag" (by mistake) is a day.
        if (match.Groups["of"].Success && Int(match.Groups["a"]) < Int(match.Groups["b"]))
        {
            return null;
        }

        var (monthNumber, dayNumber) = Order(Int(match.Groups["a"]), Int(match.Groups["b"]));
        return monthNumber is < 1 or > 12 ? null : DayOf(match, ImpliedYear(match, monthNumber, dayNumber, reference), monthNumber, dayNumber, reference);
    }

    /// <summary>
    /// A yearless day told with its weekday ("på måndag 8/1", "Monday 1/8", "maandag 8 januari"): the coming one when the latest
    /// such day falls on another weekday and the coming one on the weekday named; else none (the latest stands).
    /// </summary>
    private int? WeekdayYear(Match match, int monthNumber, int? dayNumber, DateOnly reference)
    {
        if (!match.Groups["wd"].Success || dayNumber is not { } day || monthNumber is < 1 or > 12
            || !profile.Weekdays.TryGetValue(Key(match.Groups["wd"].Value), out var named)
            || Calendar.LatestMonthDay(monthNumber, day, reference) is not { } latest || Calendar.IsoDay(latest) == named)
        {
            return null;
        }

        return Calendar.TryDate(latest.Year + 1, monthNumber, day) is { } coming && Calendar.IsoDay(coming) == named ? coming.Year : null;
    }

    /// <summary>
    /// The written year, else "next 5/12" = next year's and "this 5/12" = this year's; with a weekday in between the modifier
    /// belongs to the weekday, and the date is this year's ("this Friday 7.6", "volgende zondag 5/20"), as upstream reads it; else
    /// the year the weekday named fixes (<see cref="WeekdayYear"/>).
    /// </summary>
    private int? ImpliedYear(Match match, int monthNumber, int? dayNumber, DateOnly reference) =>
        Year(match.Groups["y"]) ?? (match.Groups["pm"].Success && !IsArticle(match.Groups["pm"].Value) ? reference.Year + (match.Groups["wd"].Success ? 0 : ModifierOf(match)) : (int?)null)
        ?? WeekdayYear(match, monthNumber, dayNumber, reference);

    /// <summary>"the", "de", "het" double as "this" before a period ("the month") but fix no year before a date ("the 29th of February").</summary>
    private bool IsArticle(string word) => Regex.IsMatch(word, $"^(?:{profile.Article}|het)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static DateMention? MonthRange(Match match, int year, int monthNumber) =>
        monthNumber is < 1 or > 12 || year < 1 ? null
            : Mentions.Range(match.Index, match.Length, new DateOnly(year, monthNumber, 1), new DateOnly(year, monthNumber, 1).AddMonths(1));

    private static DateMention YearRange(Match match, int year) =>
        Mentions.Range(match.Index, match.Length, new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    private DateMention? StandaloneMonth(Match match, DateOnly reference)
    {
        var monthNumber = MonthOf(match);
        var offset = match.Groups["pm"].Success ? profile.PeriodModifiers[Key(match.Groups["pm"].Value)] : (int?)null;
        var year = offset is { } o ? reference.Year + o : Calendar.LatestYearOfMonth(monthNumber, reference);
        return MonthRange(match, year, monthNumber);
    }

    private DateMention? YearToYear(Match match, DateOnly reference)
    {
        if (!JoinAllowed(match))
        {
            return null;
        }

        var from = Int(match.Groups["y1"]);
        var to = Int(match.Groups["y2"]);
        return to <= from ? null : Mentions.Range(match.Index, match.Length, new DateOnly(from, 1, 1), new DateOnly(to, 1, 1));
    }

    /// <summary>"and" ("och", "en") joins a range only after "between" ("mellan", "tussen"): "2007 and 2009" are two years.</summary>
    private static bool JoinAllowed(Match match) =>
        !IsAnd(match.Groups["join"].Value) || (match.Groups["open"].Success && IsBetween(match.Groups["open"].Value));

    private static bool IsAnd(string join) => Key(join) is "and" or "och" or "en";

    /// <summary>"from 2015 and 2016" lists two years; only "between" ("mellan", "tussen") pairs with "and".</summary>
    private static bool IsBetween(string open) => Key(open) is "between" or "mellan" or "tussen";
}
