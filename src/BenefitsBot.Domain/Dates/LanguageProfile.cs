namespace BenefitsBot.Domain.Dates;

/// <summary>The words of one language that <see cref="WesternRecognizer"/> builds its patterns from. Keys are lower case.</summary>
internal sealed class LanguageProfile
{
    public required IReadOnlyDictionary<string, int> Months { get; init; }

    /// <summary>Month words that may stand alone as a month range (full names; "may" is left out in English because of the verb).</summary>
    public required IReadOnlyCollection<string> StandaloneMonths { get; init; }

    /// <summary>Weekday words (ISO number), including abbreviations and definite forms ("tisdagen").</summary>
    public required IReadOnlyDictionary<string, int> Weekdays { get; init; }

    /// <summary>Cardinal number words, including the indefinite article ("a", "en", "een") as one.</summary>
    public required IReadOnlyDictionary<string, int> Cardinals { get; init; }

    public required IReadOnlyDictionary<string, int> Ordinals { get; init; }

    /// <summary>Regex for the suffix after a day number: "st|nd|rd|th", ":e|:a", "e|ste|de".</summary>
    public required string OrdinalSuffix { get; init; }

    /// <summary>"today" 0, "tomorrow" 1, "i förrgår" -2 …</summary>
    public required IReadOnlyDictionary<string, int> DayWords { get; init; }

    public required IReadOnlyDictionary<string, DateUnit> Units { get; init; }

    /// <summary>Modifier before a weekday: "next", "förra", "afgelopen" …</summary>
    public required IReadOnlyDictionary<string, WeekdayRule> WeekdayModifiers { get; init; }

    /// <summary>Modifier before a period word, as an offset: "next" +1, "last" -1, "this" 0.</summary>
    public required IReadOnlyDictionary<string, int> PeriodModifiers { get; init; }

    /// <summary>Fixed phrases naming a period: "i år", "i fjol", "vorig jaar" (unit and offset).</summary>
    public required IReadOnlyDictionary<string, (DateUnit Unit, int Offset)> PeriodWords { get; init; }

    /// <summary>Regex fragments around "N units" meaning a later day ("in", "om", "over" / "from now", "från nu", "later").</summary>
    public required string FuturePrefix { get; init; }

    public required string FutureSuffix { get; init; }

    /// <summary>Regex fragments around "N units" meaning an earlier day ("för … sedan" / "ago", "geleden").</summary>
    public required string PastPrefix { get; init; }

    public required string PastSuffix { get; init; }

    /// <summary>
    /// Half counts, as regex fragments: "half a" before a unit ("en halv", "een halve"); "and a half" after a count, with its own
    /// leading space as Dutch writes it in one word ("two and a half", "två och en halv", "tweeënhalve"); "and a half" after the unit
    /// ("a month and a half"); one word for one and a half ("halvannan", "anderhalve").
    /// </summary>
    public string HalfA { get; init; } = "(?!)";

    public string AndAHalf { get; init; } = "(?!)";

    public string UnitAndAHalf { get; init; } = "(?!)";

    public string OneAndAHalf { get; init; } = "(?!)";

    /// <summary>Phrases for the day itself moved to another period: "this time", "the same day" ("this time last year", "samma dag förra året", "rond deze tijd vorig jaar").</summary>
    public string SameDay { get; init; } = "(?!)";

    /// <summary>"within" ("inom", "binnen"): "within 30 days" is the range from today.</summary>
    public required string Within { get; init; }

    /// <summary>Plural unit words: "the coming weeks" is a span from tomorrow, not next week.</summary>
    public IReadOnlyCollection<string> PluralUnits { get; init; } = [];

    /// <summary>Days counted Monday to Friday: "in two business days", "om två arbetsdagar", "over 3 werkdagen".</summary>
    public string BusinessDays { get; init; } = "(?!)";

    /// <summary>"less than" before a duration counted from a day: "less than 3 days after tomorrow" is the days up to the counted one.</summary>
    public string LessThan { get; init; } = "(?!)";

    /// <summary>Words after a duration that count it from a date ("3 days after January 12th") forwards or backwards.</summary>
    public required string SpanAfter { get; init; }

    public required string SpanBefore { get; init; }

    /// <summary>"for" before a duration and "starting" after it: "for 3 days from today", "2 weeks starting May 20th" are ranges.</summary>
    public string SpanFor { get; init; } = "(?!)";

    public string SpanStarting { get; init; } = "(?!)";

    /// <summary>"first" / "last" / "of" in "the first 2 weeks of 2021", "de laatste drie maanden van 2020", "de första tio dagarna av året".</summary>
    public string EdgeFirst { get; init; } = "(?!)";

    public string EdgeLast { get; init; } = "(?!)";

    public string EdgeOf { get; init; } = "(?!)";

    /// <summary>Month abbreviations that after a lead word are another word: Swedish "i jul" is at Christmas, not in July.</summary>
    public IReadOnlyCollection<string> NotMonthsAfterLead { get; init; } = [];

    /// <summary>A working day counted within a month: "the last working day of March", "första arbetsdagen i juni", "de eerste werkdag van mei".</summary>
    public string WorkingDay { get; init; } = "(?!)";

    /// <summary>"the month" in one word, as Swedish says it ("sista dagen i månaden"); English and Dutch say it with an article, a period modifier.</summary>
    public string TheMonth { get; init; } = "(?!)";

    /// <summary>Words before a week, month or year naming its early, middle or late part ("i början av", "i mitten av", "i slutet av");
    /// English and Dutch leave these to the official model.</summary>
    public string PartEarly { get; init; } = "(?!)";

    public string PartMiddle { get; init; } = "(?!)";

    public string PartLate { get; init; } = "(?!)";

    /// <summary>"now" as the open end of a range ("between Jan 2019 and now", "tussen nu en 15 november").</summary>
    public required string Now { get; init; }

    /// <summary>Words before a day number or date ("the", "den", "de") and between day and month ("of", "van").</summary>
    public required string Article { get; init; }

    public required string Of { get; init; }

    /// <summary>Words opening a range ("from", "between") and joining its ends ("to", "and", "till", "tot").</summary>
    public required string RangeOpen { get; init; }

    public required string RangeJoin { get; init; }

    /// <summary>Prepositions that make a bare four-digit number a year ("in 2020", "year 2008").</summary>
    public required string YearLead { get; init; }

    /// <summary>Words between a yearless day and its year that only tell it was long ago: "on Oct 2 back in 2017".</summary>
    public string YearBack { get; init; } = "(?!)";

    /// <summary>Separators allowed in a numeric date without a year ("4/22", "22-4", "5.12"); Swedish leaves out the dot, which is a decimal point.</summary>
    public string ShortNumericSeparators { get; init; } = "-/.";

    /// <summary>Swedish writes a two-digit year with a dash: "1 sep -25", "1/9 -25". Elsewhere " -25" is a range end.</summary>
    public string YearDash { get; init; } = "(?!)";

    /// <summary>English US order: numeric dates are month/day/year.</summary>
    public required bool MonthFirst { get; init; }

    /// <summary>Swedish "den 27" is a day; English needs "the 27th" (a bare "the 3" is rarely a date).</summary>
    public bool DayAloneSuffixOptional { get; init; }

    /// <summary>
    /// Prepositions that make an ordinal word after the article a day of the month ("on the first", "op de eerste"); without one it
    /// is a day only at the end of a phrase ("renewed the first."), since "the first time", "de eerste (token)" count other things.
    /// </summary>
    public string DayLead { get; init; } = "(?!)";

    /// <summary>After a weekday, the one a week before the last one: "the Friday before last".</summary>
    public string WeekdayBeforeLast { get; init; } = "(?!)";

    /// <summary>Swedish "i tisdags": the past weekday is the stem plus "s".</summary>
    public string? PastWeekdayPattern { get; init; }

    /// <summary>A week by its ISO number, as calendars and planning in Sweden and the Netherlands name it: "vecka 30", "v. 30", "week 30".</summary>
    public string NumberedWeek { get; init; } = "(?!)";

    /// <summary>Years named relative to today after a named day ("midsommarafton i fjol", "Koningsdag vorig jaar"), by their offset in years.</summary>
    public IReadOnlyDictionary<string, int> RelativeYears { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Quarters and halves of the year named by an ordinal ("första kvartalet", "andra halvåret"), by their length in months; empty
    /// where the official model reads them (English, Dutch).
    /// </summary>
    public IReadOnlyDictionary<string, int> YearParts { get; init; } = new Dictionary<string, int>();

    /// <summary>A word between an edge and its period that leaves the period as it is: "the last day of calendar Q1".</summary>
    public string PeriodQualifier { get; init; } = "(?!)";

    /// <summary>A quarter by its number ("Q3", "kvartal 3"); in Dutch only "Q3", which the official model leaves out.</summary>
    public string NumberedQuarter { get; init; } = "(?!)";

    /// <summary>A year in the genitive before a part of it ("årets första kvartal", "förra årets"), by its offset from today's year.</summary>
    public IReadOnlyDictionary<string, int> YearGenitives { get; init; } = new Dictionary<string, int>();

    /// <summary>Named days ("nationaldagen", "julafton", "Koningsdag", "Thanksgiving") and their date in a given year; the official cue leaves them out.</summary>
    public IReadOnlyDictionary<string, Func<int, DateOnly>> Holidays { get; init; } = new Dictionary<string, Func<int, DateOnly>>();
}
