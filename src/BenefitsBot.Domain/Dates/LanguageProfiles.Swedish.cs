namespace BenefitsBot.Domain.Dates;

internal static partial class LanguageProfiles
{
    private static readonly string[] SwedishUnits = ["en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"];
    private static readonly string[] SwedishTens = ["tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"];
    private static readonly string[] SwedishOrdinals = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde"];

    public static LanguageProfile Swedish() => new()
    {
        Months = Words(("januari", 1), ("jan", 1), ("februari", 2), ("feb", 2), ("mars", 3), ("mar", 3), ("april", 4), ("apr", 4), ("maj", 5), ("juni", 6), ("jun", 6),
            ("juli", 7), ("jul", 7), ("augusti", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("oktober", 10), ("okt", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12)),
        StandaloneMonths = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        // Also as typed without Swedish letters ("i mandags", "pa lordag"), as the day words, units and modifiers below ("igar", "forra manaden").
        Weekdays = Words(("måndag", 1), ("måndagen", 1), ("mån", 1), ("mandag", 1), ("mandagen", 1), ("lordag", 6), ("lordagen", 6), ("sondag", 7), ("sondagen", 7), ("tisdag", 2), ("tisdagen", 2), ("tisd", 2), ("tis", 2), ("onsdag", 3), ("onsdagen", 3), ("ons", 3),
            ("torsdag", 4), ("torsdagen", 4), ("tors", 4), ("fredag", 5), ("fredagen", 5), ("fre", 5), ("lördag", 6), ("lördagen", 6), ("lör", 6), ("söndag", 7), ("söndagen", 7), ("sön", 7)),
        Cardinals = NumberWords.Cardinals(SwedishUnits, SwedishTens, (tens, unit) => [tens + unit], ("ett", 1), ("tjugoett", 21), ("trettioett", 31), ("några", 3), ("ett par", 2)),
        Ordinals = NumberWords.Ordinals(SwedishOrdinals, "tjugonde", "trettionde", (tens, unit) => [(tens == "20" ? "tjugo" : "trettio") + unit, (tens == "20" ? "tjugo" : "trettio") + unit.Replace("första", "förste", StringComparison.Ordinal).Replace("andra", "andre", StringComparison.Ordinal)],
            ("förste", 1), ("andre", 2)),
        OrdinalSuffix = ":e|:a|e|a",
        DayWords = Words(("idag", 0), ("i morse", 0), ("i eftermiddag", 0), ("i kväll", 0), ("ikväll", 0), ("i natt", 0), ("i dag", 0), ("imorgon", 1), ("i morgon", 1), ("imorn", 1), ("i övermorgon", 2), ("övermorgon", 2), ("igår", -1), ("i går", -1), ("i förrgår", -2), ("förrgår", -2), ("nästa dag", 1),
            ("igar", -1), ("i forrgar", -2), ("forrgar", -2), ("ikvall", 0), ("i kvall", 0), ("i overmorgon", 2), ("overmorgon", 2)),
        Units = Units(("dag", DateUnit.Day), ("dagar", DateUnit.Day), ("dagen", DateUnit.Day), ("vecka", DateUnit.Week), ("veckor", DateUnit.Week), ("veckan", DateUnit.Week),
            ("månad", DateUnit.Month), ("månader", DateUnit.Month), ("månaden", DateUnit.Month), ("manad", DateUnit.Month), ("manader", DateUnit.Month), ("manaden", DateUnit.Month), ("år", DateUnit.Year), ("året", DateUnit.Year),
            ("halvår", DateUnit.HalfYear), ("halvåret", DateUnit.HalfYear), ("halvt år", DateUnit.HalfYear)),
        WeekdayModifiers = Rules(("nästa", WeekdayRule.NextWeek), ("förra", WeekdayRule.LastWeek), ("nasta", WeekdayRule.NextWeek), ("forra", WeekdayRule.LastWeek), ("senaste", WeekdayRule.Past), ("i förra veckan", WeekdayRule.LastWeek),
            // The week in the genitive: "förra veckans torsdag", "nästa veckas fredag".
            ("förra veckans", WeekdayRule.LastWeek), ("forra veckans", WeekdayRule.LastWeek), ("nästa veckas", WeekdayRule.NextWeek), ("nasta veckas", WeekdayRule.NextWeek),
            ("denna veckas", WeekdayRule.ThisWeek), ("den här veckans", WeekdayRule.ThisWeek),
            ("kommande", WeekdayRule.Upcoming), ("denna", WeekdayRule.ThisWeek), ("den här", WeekdayRule.ThisWeek), ("på", WeekdayRule.Upcoming), ("i", WeekdayRule.LatestOnOrBefore)),
        PeriodModifiers = Words(("nästa", 1), ("kommande", 1), ("förra", -1), ("föregående", -1), ("nasta", 1), ("forra", -1), ("foregaende", -1), ("denna", 0), ("den här", 0), ("detta", 0), ("det här", 0), ("innevarande", 0)),
        PeriodWords = new Dictionary<string, (DateUnit, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["veckan efter nästa"] = (DateUnit.Week, 2), ["månaden efter nästa"] = (DateUnit.Month, 2), ["i år"] = (DateUnit.Year, 0), ["i fjol"] = (DateUnit.Year, -1), ["nästa år"] = (DateUnit.Year, 1), ["förra året"] = (DateUnit.Year, -1),
            ["forra aret"] = (DateUnit.Year, -1), ["nasta ar"] = (DateUnit.Year, 1), ["förrförra veckan"] = (DateUnit.Week, -2), ["förrförra månaden"] = (DateUnit.Month, -2), ["förrförra året"] = (DateUnit.Year, -2),
        },
        FuturePrefix = "om",
        FutureSuffix = "från nu|från idag|senare|efter idag",
        PastPrefix = "för",
        PastSuffix = "sedan|sen|tillbaka",
        Now = "nu",
        HalfA = @"en\s+halv|ett\s+halvt",
        AndAHalf = @"\s+och\s+en\s+halv|\s+och\s+ett\s+halvt",
        OneAndAHalf = "halvannan|halvannat",
        SameDay = "samma dag|samma datum|samma tid|vid den här tiden|den här tiden|vid denna tid|denna tid|så här dags|den här dagen|denna dag",
        Within = "inom",
        SpanAfter = "från|efter",
        LessThan = "mindre än",
        BusinessDays = "arbetsdagar|arbetsdag|vardagar",
        PluralUnits = ["dagar", "veckor", "månader"],
        SpanBefore = "före|innan",
        Article = "den",
        Of = "i",
        RangeOpen = "från och med|från|mellan|fr\\.o\\.m\\.",
        RangeJoin = "till och med|till|och|-|–|t\\.o\\.m\\.|tom",
        YearLead = "i|år|under|sedan|året",
        NumberedWeek = @"vecka|v\.|v(?=\s)",
        SpanFor = "i|under",
        EdgeFirst = "första",
        WorkingDay = "arbetsdagen|vardagen|arbetsdag",
        EdgeLast = "sista",
        EdgeOf = "av|i",
        TheMonth = "månaden",
        PartEarly = "i början av|början av|i början på|början på|tidigt i",
        PartMiddle = "i mitten av|mitten av|i mitten på|mitten på",
        PartLate = "i slutet av|slutet av|i slutet på|slutet på|sent i",
        SpanStarting = "från och med|med början|med start",
        MonthFirst = false,
        DayAloneSuffixOptional = true,
        ShortNumericSeparators = "-/",
        YearDash = "-",
        PastWeekdayPattern = "i\\s+(?<wd>måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|lordag|sondag)s",
        // Sweden's public holidays and the eves that are days off in practice (Allmänna helgdagar, lag 1989:253), with their
        // everyday short names (påsk, pingst) and Lucia, a day people date things by.
        RelativeYears = Words(("i fjol", -1), ("förra året", -1), ("i år", 0), ("nästa år", 1)),
        YearParts = Words(("kvartal", 3), ("kvartalet", 3), ("halvår", 6), ("halvåret", 6)),
        NumberedQuarter = @"q|kvartal\s*",
        YearGenitives = Words(("årets", 0), ("förra årets", -1), ("fjolårets", -1), ("nästa års", 1)),
        NotMonthsAfterLead = ["jul"],
        Holidays = new Dictionary<string, Func<int, DateOnly>>(StringComparer.OrdinalIgnoreCase)
        {
            ["nyårsdagen"] = HolidayDates.Fixed(1, 1), ["trettondagsafton"] = HolidayDates.Fixed(1, 5), ["trettondedag jul"] = HolidayDates.Fixed(1, 6), ["trettondagen"] = HolidayDates.Fixed(1, 6),
            ["valborg"] = HolidayDates.Fixed(4, 30), ["valborgsmässoafton"] = HolidayDates.Fixed(4, 30),
            ["nationaldagen"] = HolidayDates.Fixed(6, 6), ["sveriges nationaldag"] = HolidayDates.Fixed(6, 6),
            ["midsommarafton"] = HolidayDates.FirstWeekdayFrom(6, 19, DayOfWeek.Friday), ["midsommardagen"] = HolidayDates.FirstWeekdayFrom(6, 20, DayOfWeek.Saturday),
            ["midsommar"] = HolidayDates.FirstWeekdayFrom(6, 19, DayOfWeek.Friday),
            ["alla helgons dag"] = HolidayDates.FirstWeekdayFrom(10, 31, DayOfWeek.Saturday),
            ["lucia"] = HolidayDates.Fixed(12, 13), ["luciadagen"] = HolidayDates.Fixed(12, 13), ["dan före dan"] = HolidayDates.Fixed(12, 23), ["dan före julafton"] = HolidayDates.Fixed(12, 23), ["julafton"] = HolidayDates.Fixed(12, 24), ["juldagen"] = HolidayDates.Fixed(12, 25),
            ["annandag jul"] = HolidayDates.Fixed(12, 26), ["annandagen"] = HolidayDates.Fixed(12, 26), ["nyårsafton"] = HolidayDates.Fixed(12, 31),
            ["långfredagen"] = HolidayDates.FromEaster(-2), ["påskafton"] = HolidayDates.FromEaster(-1), ["påskdagen"] = HolidayDates.FromEaster(0),
            ["annandag påsk"] = HolidayDates.FromEaster(1), ["kristi himmelsfärdsdag"] = HolidayDates.FromEaster(39), ["pingstdagen"] = HolidayDates.FromEaster(49),
            ["påsk"] = HolidayDates.FromEaster(0), ["påsken"] = HolidayDates.FromEaster(0), ["pingst"] = HolidayDates.FromEaster(49), ["pingsten"] = HolidayDates.FromEaster(49),
            ["skottdagen"] = HolidayDates.LeapDay, ["trettondedagen"] = HolidayDates.Fixed(1, 6), ["trettondedag"] = HolidayDates.Fixed(1, 6),
            ["fettisdagen"] = HolidayDates.FromEaster(-47), ["fettisdag"] = HolidayDates.FromEaster(-47), ["askonsdagen"] = HolidayDates.FromEaster(-46),
            ["skärtorsdagen"] = HolidayDates.FromEaster(-3), ["skärtorsdag"] = HolidayDates.FromEaster(-3), ["annandag pingst"] = HolidayDates.FromEaster(50),
            ["kristi himmelsfärd"] = HolidayDates.FromEaster(39), ["alla hjärtans dag"] = HolidayDates.Fixed(2, 14), ["allhelgonaafton"] = HolidayDates.FirstWeekdayFrom(10, 30, DayOfWeek.Friday),
            ["mors dag"] = HolidayDates.FirstWeekdayFrom(5, 25, DayOfWeek.Sunday), ["fars dag"] = HolidayDates.FirstWeekdayFrom(11, 8, DayOfWeek.Sunday),
        },
    };
}
