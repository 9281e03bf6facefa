namespace BenefitsBot.Domain.Dates;

internal static partial class LanguageProfiles
{
    private static readonly string[] DutchUnits = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
    private static readonly string[] DutchTens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
    private static readonly string[] DutchOrdinals = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende"];

    public static LanguageProfile Dutch() => new()
    {
        Months = Words(("januari", 1), ("jan", 1), ("februari", 2), ("febr", 2), ("feb", 2), ("maart", 3), ("mrt", 3), ("mar", 3), ("april", 4), ("apr", 4), ("mei", 5), ("juni", 6), ("jun", 6),
            ("juli", 7), ("jul", 7), ("augustus", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("oktober", 10), ("okt", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12)),
        StandaloneMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        Weekdays = Words(("maandag", 1), ("dinsdag", 2), ("woensdag", 3), ("donderdag", 4),
            ("vrijdag", 5), ("zaterdag", 6), ("zat", 6), ("zondag", 7)),
        Cardinals = NumberWords.Cardinals(DutchUnits, DutchTens, (tens, unit) => [unit + (unit.EndsWith('e') ? "ën" : "en") + tens, unit + "en" + tens], ("één", 1), ("paar", 2), ("een paar", 2)),
        Ordinals = NumberWords.Ordinals(DutchOrdinals, "twintigste", "dertigste",
            (tens, unit) => [DutchUnits[Array.IndexOf(DutchOrdinals, unit)] + (DutchUnits[Array.IndexOf(DutchOrdinals, unit)].EndsWith('e') ? "ën" : "en") + (tens == "20" ? "twintigste" : "dertigste"),
                DutchUnits[Array.IndexOf(DutchOrdinals, unit)] + "en" + (tens == "20" ? "twintigste" : "dertigste")]),
        OrdinalSuffix = "ste|de|e",
        DayWords = Words(("vandaag", 0), ("vanochtend", 0), ("vanmorgen", 0), ("vanmiddag", 0), ("vanavond", 0), ("gisteravond", -1), ("morgen", 1), ("overmorgen", 2), ("gisteren", -1), ("eergisteren", -2), ("gister", -1), ("deze dag", 0), ("op deze dag", 0)),
        Units = Units(("dag", DateUnit.Day), ("dagen", DateUnit.Day), ("week", DateUnit.Week), ("weken", DateUnit.Week), ("maand", DateUnit.Month), ("maanden", DateUnit.Month), ("jaar", DateUnit.Year), ("jaren", DateUnit.Year),
            ("half jaar", DateUnit.HalfYear), ("halfjaar", DateUnit.HalfYear)),
        WeekdayModifiers = Rules(("volgende", WeekdayRule.NextWeek), ("vorige", WeekdayRule.LastWeek), ("afgelopen", WeekdayRule.Past), ("jongstleden", WeekdayRule.Past),
            ("aanstaande", WeekdayRule.Upcoming), ("deze aankomende", WeekdayRule.Upcoming), ("aankomende", WeekdayRule.Upcoming), ("komende", WeekdayRule.Upcoming), ("deze", WeekdayRule.ThisWeek), ("op", WeekdayRule.LatestOnOrBefore)),
        PeriodModifiers = Words(("volgende", 1), ("volgend", 1), ("eropvolgende", 1), ("komende", 1), ("aankomende", 1), ("aanstaande", 1), ("vorige", -1), ("vorig", -1), ("afgelopen", -1), ("deze", 0), ("dit", 0), ("de", 0), ("het", 0)),
        PeriodWords = new Dictionary<string, (DateUnit, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["de week na volgende"] = (DateUnit.Week, 2), ["week na volgende"] = (DateUnit.Week, 2), ["de maand na volgende"] = (DateUnit.Month, 2),
            ["het jaar na volgend"] = (DateUnit.Year, 2), ["dit kalenderjaar"] = (DateUnit.Year, 0), ["vorig kalenderjaar"] = (DateUnit.Year, -1), ["volgend kalenderjaar"] = (DateUnit.Year, 1),
            ["eervorige week"] = (DateUnit.Week, -2), ["eervorige maand"] = (DateUnit.Month, -2), ["eervorig jaar"] = (DateUnit.Year, -2),
        },
        FuturePrefix = "over|na|in",
        FutureSuffix = "vanaf nu|vanaf vandaag|later|na vandaag",
        PastPrefix = "(?!)",
        PastSuffix = "geleden|terug|voor vandaag",
        Now = "nu|op heden|heden",
        HalfA = @"(?:een\s+)?halve?",
        AndAHalf = @"ënhalve|ënhalf|enhalve|enhalf|\s+en\s+een\s+halve|\s+en\s+een\s+half",
        OneAndAHalf = "anderhalve|anderhalf",
        SameDay = "rond deze tijd|omstreeks deze tijd|deze tijd|op dezelfde dag|dezelfde dag|dezelfde datum|op deze dag|deze dag",
        Within = "binnen de komende|binnen",
        SpanAfter = "gerekend vanaf|vanaf|na|sinds",
        LessThan = "minder dan",
        BusinessDays = "werkdagen|werkdag",
        PluralUnits = ["dagen", "weken", "maanden", "jaren"],
        SpanBefore = "voor|vóór",
        DayLead = "op|tot|vanaf|sinds|voor|na|per|uiterlijk|tegen",
        Article = "de|op",
        Of = "van",
        RangeOpen = "van|tussen|vanaf",
        RangeJoin = "tot en met|t/m|tot|en|-|–|~",
        YearLead = "het kalenderjaar|kalenderjaar|het huidige jaar|huidige jaar|in|jaar|het jaar|sinds",
        NumberedWeek = "week|wk",
        SpanFor = "voor|gedurende",
        EdgeFirst = "eerste",
        WorkingDay = "werkdag",
        EdgeLast = "laatste",
        EdgeOf = "van|in",
        SpanStarting = "beginnend op|beginnend|startend op|startend|ingaande",
        MonthFirst = false,
        RelativeYears = Words(("vorig jaar", -1), ("vorige jaar", -1), ("dit jaar", 0), ("volgend jaar", 1), ("volgende jaar", 1)),
        NumberedQuarter = "q",
        // The official model's holiday lists have "oudjaar" and "oudejaarsavond" but not the day's own name. The national and
        // calendar days are ours too (its cue leaves them out): the official model reads an offset from one written with its year
        // ("een week na Koningsdag 2022") as year 1, and one without a year as the coming one.
        Holidays = new Dictionary<string, Func<int, DateOnly>>(StringComparer.OrdinalIgnoreCase)
        {
            ["oudejaarsdag"] = HolidayDates.Fixed(12, 31), ["nieuwjaarsdag"] = HolidayDates.Fixed(1, 1), ["koningsdag"] = KingsDay,
            ["bevrijdingsdag"] = HolidayDates.Fixed(5, 5), ["goede vrijdag"] = HolidayDates.FromEaster(-2), ["eerste paasdag"] = HolidayDates.FromEaster(0),
            ["tweede paasdag"] = HolidayDates.FromEaster(1), ["hemelvaartsdag"] = HolidayDates.FromEaster(39), ["eerste pinksterdag"] = HolidayDates.FromEaster(49),
            ["tweede pinksterdag"] = HolidayDates.FromEaster(50), ["pakjesavond"] = HolidayDates.Fixed(12, 5), ["eerste kerstdag"] = HolidayDates.Fixed(12, 25),
            ["tweede kerstdag"] = HolidayDates.Fixed(12, 26), ["kerstmis"] = HolidayDates.Fixed(12, 25), ["nieuwjaar"] = HolidayDates.Fixed(1, 1),
            ["sint-maarten"] = HolidayDates.Fixed(11, 11), ["sint maarten"] = HolidayDates.Fixed(11, 11), ["sinterklaas"] = HolidayDates.Fixed(12, 5),
            ["prinsjesdag"] = HolidayDates.FirstWeekdayFrom(9, 15, DayOfWeek.Tuesday),
            // the short names people use: Pasen, Pinksteren and Kerst are the first days of the feasts
            ["pasen"] = HolidayDates.FromEaster(0), ["pinksteren"] = HolidayDates.FromEaster(49), ["hemelvaart"] = HolidayDates.FromEaster(39),
            ["kerst"] = HolidayDates.Fixed(12, 25), ["kerstavond"] = HolidayDates.Fixed(12, 24), ["oudejaarsavond"] = HolidayDates.Fixed(12, 31),
            ["valentijnsdag"] = HolidayDates.Fixed(2, 14), ["sinterklaasavond"] = HolidayDates.Fixed(12, 5), ["driekoningen"] = HolidayDates.Fixed(1, 6),
            ["aswoensdag"] = HolidayDates.FromEaster(-46), ["witte donderdag"] = HolidayDates.FromEaster(-3), ["stille zaterdag"] = HolidayDates.FromEaster(-1),
            ["moederdag"] = HolidayDates.FirstWeekdayFrom(5, 8, DayOfWeek.Sunday), ["vaderdag"] = HolidayDates.FirstWeekdayFrom(6, 15, DayOfWeek.Sunday),
            ["schrikkeldag"] = HolidayDates.LeapDay, ["dodenherdenking"] = HolidayDates.Fixed(5, 4), ["dierendag"] = HolidayDates.Fixed(10, 4), ["allerheiligen"] = HolidayDates.Fixed(11, 1),
        },
    };

    /// <summary>King's Day: 27 April, or the 26th when the 27th is a Sunday (since 2014; before, Queen's Day on 30 April).</summary>
    private static DateOnly KingsDay(int year) =>
        new DateOnly(year, 4, 27) is var day && day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
}
