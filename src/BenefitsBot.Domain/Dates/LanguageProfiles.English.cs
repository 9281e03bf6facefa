namespace BenefitsBot.Domain.Dates;

internal static partial class LanguageProfiles
{
    private static readonly string[] EnglishUnits = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] EnglishTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] EnglishOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    public static LanguageProfile English(bool monthFirst) => new()
    {
        Months = Words(("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6),
            ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12)),
        StandaloneMonths = ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"],
        Weekdays = Words(("monday", 1), ("mon", 1), ("tuesday", 2), ("tues", 2), ("tue", 2), ("wednesday", 3), ("wed", 3), ("thursday", 4), ("thurs", 4), ("thur", 4), ("thu", 4),
            ("friday", 5), ("fri", 5), ("saturday", 6), ("sat", 6), ("sunday", 7), ("sun", 7)),
        Cardinals = NumberWords.Cardinals(EnglishUnits, EnglishTens, (tens, unit) => [$"{tens} {unit}", $"{tens}-{unit}"], ("a", 1), ("an", 1), ("a couple of", 2), ("a couple", 2), ("couple of", 2), ("couple", 2)),
        Ordinals = NumberWords.Ordinals(EnglishOrdinals, "twentieth", "thirtieth", (tens, unit) => [$"{(tens == "20" ? "twenty" : "thirty")} {unit}", $"{(tens == "20" ? "twenty" : "thirty")}-{unit}"]),
        OrdinalSuffix = "st|nd|rd|th",
        DayWords = Words(("today", 0), ("this morning", 0), ("this afternoon", 0), ("this evening", 0), ("tonight", 0), ("last night", -1), ("tomorrow", 1), ("tmrw", 1), ("yesterday", -1), ("the day after tomorrow", 2), ("day after tomorrow", 2), ("the day before yesterday", -2), ("day before yesterday", -2), ("on this day", 0), ("otd", 0), ("for the day", 0)),
        Units = Units(("day", DateUnit.Day), ("days", DateUnit.Day), ("week", DateUnit.Week), ("weeks", DateUnit.Week), ("month", DateUnit.Month), ("months", DateUnit.Month), ("year", DateUnit.Year), ("years", DateUnit.Year),
            ("fortnight", DateUnit.Fortnight), ("fortnights", DateUnit.Fortnight), ("d", DateUnit.Day), ("w", DateUnit.Week), ("wk", DateUnit.Week), ("wks", DateUnit.Week), ("y", DateUnit.Year), ("yr", DateUnit.Year), ("yrs", DateUnit.Year)),
        WeekdayModifiers = Rules(("next", WeekdayRule.NextWeek), ("following", WeekdayRule.NextWeek), ("last", WeekdayRule.Past), ("previous", WeekdayRule.LastWeek),
            ("this", WeekdayRule.ThisWeek), ("this coming", WeekdayRule.Upcoming), ("coming", WeekdayRule.Upcoming), ("this upcoming", WeekdayRule.Upcoming), ("upcoming", WeekdayRule.Upcoming),
            ("this past", WeekdayRule.Past), ("past", WeekdayRule.Past), ("on", WeekdayRule.LatestOnOrBefore)),
        PeriodModifiers = Words(("next", 1), ("following", 1), ("coming", 1), ("upcoming", 1), ("last", -1), ("previous", -1), ("past", -1), ("this", 0), ("current", 0), ("the", 0)),
        PeriodWords = new Dictionary<string, (DateUnit, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["the week after next"] = (DateUnit.Week, 2), ["week after next"] = (DateUnit.Week, 2), ["the month after next"] = (DateUnit.Month, 2),
            ["month after next"] = (DateUnit.Month, 2), ["the year after next"] = (DateUnit.Year, 2), ["year after next"] = (DateUnit.Year, 2),
            ["the week before last"] = (DateUnit.Week, -2), ["week before last"] = (DateUnit.Week, -2), ["the month before last"] = (DateUnit.Month, -2),
            ["month before last"] = (DateUnit.Month, -2), ["the year before last"] = (DateUnit.Year, -2), ["year before last"] = (DateUnit.Year, -2),
            ["this calendar year"] = (DateUnit.Year, 0), ["last calendar year"] = (DateUnit.Year, -1), ["next calendar year"] = (DateUnit.Year, 1),
        },
        FuturePrefix = "in|after",
        FutureSuffix = "from now|from today|later|after today|hence",
        PastPrefix = "(?!)",
        // "(it's been) 12 days since I installed it": "since" and who did it count back from today as "ago" does; not "two weeks since the year 2020" (after it).
        PastSuffix = @"ago|before today|earlier|back|since(?=\s+(?:we|i|you|he|she|they|our|my|his|her|their|your)\b)",
        Now = "now|current date|the current date",
        HalfA = @"half\s+an?",
        AndAHalf = @"\s+and\s+a\s+half",
        UnitAndAHalf = @"and\s+a\s+half",
        SameDay = "around this time|about this time|this time|at this time|the same day|same day|the same date|same date|the same time|same time|this day|this date",
        Within = "within the next|within next|within",
        SpanAfter = "from|after|since",
        LessThan = "less than|fewer than",
        BusinessDays = "business days|business day|working days|working day|workdays|workday",
        // "the next fortnight" is the fourteen days from tomorrow, as "the next two weeks"; no calendar fortnight starts on a known day.
        PluralUnits = ["days", "weeks", "months", "years", "fortnight", "fortnights"],
        SpanBefore = "before",
        WeekdayBeforeLast = "before last",
        DayLead = "on|by|until|till|since|from|before|after|through",
        Article = "the",
        Of = "of|in",
        RangeOpen = "from|between",
        RangeJoin = "to|till|until|through|thru|and|-|–|~",
        YearLead = "the year of|year of|the calendar year|calendar year|in|year|the year|of|since|during",
        NumberedWeek = "week|wk",
        SpanFor = "for",
        YearBack = @"way\s+back|back",
        EdgeFirst = "first",
        WorkingDay = "working day|business day|workday|weekday",
        EdgeLast = "last|final",
        EdgeOf = "of|in",
        PeriodQualifier = "calendar",
        SpanStarting = "starting from|starting on|starting|beginning from|beginning on|beginning|commencing",
        MonthFirst = monthFirst,
        RelativeYears = Words(("last year", -1), ("this year", 0), ("next year", 1)),
        // The days people date events by, ours rather than the official model's: it reads an offset from one without a year as the
        // coming one ("a week before Labor Day" in October 2025 is in 2026), and one with a year or a relative year as nothing.
        Holidays = new Dictionary<string, Func<int, DateOnly>>(StringComparer.OrdinalIgnoreCase)
        {
            ["new year's day"] = HolidayDates.Fixed(1, 1), ["new years day"] = HolidayDates.Fixed(1, 1), ["new year's eve"] = HolidayDates.Fixed(12, 31), ["new years eve"] = HolidayDates.Fixed(12, 31),
            ["valentine's day"] = HolidayDates.Fixed(2, 14), ["st. patrick's day"] = HolidayDates.Fixed(3, 17), ["st patrick's day"] = HolidayDates.Fixed(3, 17),
            ["good friday"] = HolidayDates.FromEaster(-2), ["easter sunday"] = HolidayDates.FromEaster(0), ["easter"] = HolidayDates.FromEaster(0), ["easter monday"] = HolidayDates.FromEaster(1),
            ["memorial day"] = HolidayDates.FirstWeekdayFrom(5, 25, DayOfWeek.Monday), ["independence day"] = HolidayDates.Fixed(7, 4), ["july 4th"] = HolidayDates.Fixed(7, 4),
            ["labor day"] = HolidayDates.FirstWeekdayFrom(9, 1, DayOfWeek.Monday), ["labour day"] = HolidayDates.FirstWeekdayFrom(9, 1, DayOfWeek.Monday),
            ["halloween"] = HolidayDates.Fixed(10, 31), ["veterans day"] = HolidayDates.Fixed(11, 11),
            ["thanksgiving"] = HolidayDates.FirstWeekdayFrom(11, 22, DayOfWeek.Thursday), ["thanksgiving day"] = HolidayDates.FirstWeekdayFrom(11, 22, DayOfWeek.Thursday),
            // the shopping days after Thanksgiving, which purchases are often dated by
            ["black friday"] = HolidayDates.FirstWeekdayFrom(11, 23, DayOfWeek.Friday), ["cyber monday"] = HolidayDates.FirstWeekdayFrom(11, 26, DayOfWeek.Monday),
            ["christmas eve"] = HolidayDates.Fixed(12, 24), ["christmas"] = HolidayDates.Fixed(12, 25), ["christmas day"] = HolidayDates.Fixed(12, 25), ["xmas"] = HolidayDates.Fixed(12, 25),
            ["boxing day"] = HolidayDates.Fixed(12, 26),
            // The other US federal and widely kept days; the official model misses "Jr." and Election Day.
            ["martin luther king jr. day"] = HolidayDates.FirstWeekdayFrom(1, 15, DayOfWeek.Monday), ["martin luther king jr day"] = HolidayDates.FirstWeekdayFrom(1, 15, DayOfWeek.Monday),
            ["martin luther king day"] = HolidayDates.FirstWeekdayFrom(1, 15, DayOfWeek.Monday), ["mlk day"] = HolidayDates.FirstWeekdayFrom(1, 15, DayOfWeek.Monday),
            ["presidents' day"] = HolidayDates.FirstWeekdayFrom(2, 15, DayOfWeek.Monday), ["presidents day"] = HolidayDates.FirstWeekdayFrom(2, 15, DayOfWeek.Monday),
            ["mother's day"] = HolidayDates.FirstWeekdayFrom(5, 8, DayOfWeek.Sunday), ["father's day"] = HolidayDates.FirstWeekdayFrom(6, 15, DayOfWeek.Sunday),
            ["juneteenth"] = HolidayDates.Fixed(6, 19), ["columbus day"] = HolidayDates.FirstWeekdayFrom(10, 8, DayOfWeek.Monday),
            ["leap day"] = HolidayDates.LeapDay, ["election day"] = HolidayDates.FirstWeekdayFrom(11, 2, DayOfWeek.Tuesday), ["groundhog day"] = HolidayDates.Fixed(2, 2),
        },
    };
}
