using System.Text.RegularExpressions;
using DutchDefinitions = Microsoft.Recognizers.Definitions.Dutch.DateTimeDefinitions;
using EnglishDefinitions = Microsoft.Recognizers.Definitions.English.DateTimeDefinitions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Where Microsoft.Recognizers.Text's model is consulted: the phrase kinds our patterns leave to it (holidays,
/// the early, middle or end of a period, quarters and halves, numbered weeks and weekends). A cue decides
/// only whether the model runs and which of its mentions replace ours; where the model finds nothing over a cue, ours stay. The
/// English and Dutch cues are mostly the package's own patterns, so they name what its model knows.
/// </summary>
internal static class OfficialCues
{
    // Interpreted: compiling saves nothing measurable on a question and its
    // first match JIT-compiles the pattern inside the timed call (about 100 ms, over a second on a loaded machine).
    private static readonly TimeSpan CueTimeout = TimeSpan.FromSeconds(2);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly IReadOnlyCollection<string> EnglishDays = [.. LanguageProfiles.English(monthFirst: true).Holidays.Keys];

    public static CuePattern English() => Cue(
        [NotOurs(EnglishDefinitions.HolidayList1, EnglishDays, YearAhead), NotOurs(EnglishDefinitions.HolidayList2, EnglishDays, YearAhead),
         NotOurs(EnglishDefinitions.HolidayList3, EnglishDays, YearAhead), NotOurs(EnglishDefinitions.HolidayList4, EnglishDays, YearAhead),
         Part(EnglishDefinitions.PrefixPeriodRegex, EnglishNoPeriodAfter)],
        EnglishDefinitions.RestOfDateRegex,
        EnglishDefinitions.WeekOfMonthRegex, EnglishDefinitions.WeekOfYearRegex, EnglishDefinitions.WeekOfRegex,
        @"\b(quarters?|q[1-4]|h[12]|weekends?|eoy|eom|ytd|mtd|to date)\b");

    /// <summary>
    /// "early / late / earlier / later" name part of a period only with the period after them ("late March", "earlier this year",
    /// "early in the week"); "am I too late?" and "we paid later" cue nothing, and are most of the words this prefix matches in questions.
    /// </summary>
    private const string EnglishNoPeriodAfter =
        @"\G(?:early|late|earlier|later)\b(?!(?:\s+in)?(?:\s+(?:the|this|that|next|last|coming|previous|prior|following))?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|week|month|year|quarter|q[1-4]|summer|spring|fall|autumn|winter|morning|afternoon|evening|night))";

    /// <summary>"Pay for the new year" is the year ahead, not 1 January ("five days before new year" is the day).</summary>
    private const string YearAhead = @"(?<=\b(for|into)\s+(the|a)\s+)new\s+year(?!'?s\b|\s+(day|eve)\b)";

    private static readonly IReadOnlyCollection<string> DutchDays = [.. LanguageProfiles.Dutch().Holidays.Keys];

    public static CuePattern Dutch() => Cue(
        [NotOurs(DutchDefinitions.HolidayList1, DutchDays), NotOurs(DutchDefinitions.HolidayList2, DutchDays), NotOurs(DutchDefinitions.HolidayList3, DutchDays),
         // "half" cues the middle of a period ("half oktober"), but "een half jaar" is six months, which ours count.
         Part(@"(?!half\s*jaar)(?:" + DutchDefinitions.PrefixPeriodRegex + ")", DutchNoPeriodAfter)],
        DutchDefinitions.RestOfDateRegex,
        DutchDefinitions.WeekOfMonthRegex, DutchDefinitions.WeekOfYearRegex, DutchDefinitions.WeekOfRegex,
        @"\b(kwarta(al|len)|[qk][1-4]|weekend(en)?|tot op heden)\b");

    /// <summary>As <see cref="EnglishNoPeriodAfter"/>: "te laat", "eerder betaald" cue nothing, "eind maart", "later dit jaar" do.</summary>
    private const string DutchNoPeriodAfter =
        @"\G(?:vroeg(?:er)?|eerder|laat|later)\b(?!(?:\s+(?:in|op|van))?(?:\s+(?:de|het|deze|dit|die|dat|volgende|vorige|komende|afgelopen))?\s+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec|\d|week|maand|jaar|kwarta|zomer|lente|voorjaar|herfst|najaar|winter|ochtend|middag|avond))";

    /// <summary>
    /// On text folded to Simplified: festivals (节 ends most of their names; the lunar ones are ours, see ChineseRecognizer.NamedDays), quarters and halves, 旬,
    /// weekends and numbered weeks. 月底, 年初 are ours (<see cref="PeriodParts"/>): the model reads 上个月底 as the whole month. 半年前/半年后 count half a year from today, which ours read (the model reads them as today).
    /// </summary>
    public static CuePattern Chinese() => Cue(
        [],
        @"(?<!双十|雙十|儿童|教师|父亲|八八|元旦|春|中秋|端午|元宵|重阳|七夕)节|清明|正月(?!初)|农历(?!新?年)|季|半年(?!\s*(?:之|以)?[前后])|半月|半周|上旬|中旬|下旬|周末|第.{1,3}周(?![一二三四五六日天])");

    /// <summary>
    /// The holiday pattern, except where one of our own named days starts (<see cref="LanguageProfile.Holidays"/>) or goes on
    /// ("kerstdag" in "eerste kerstdag"). The holiday lists are long alternations tried at nearly every position of every
    /// question, so they run without backtracking (five to ten times faster on our questions), and our days are checked only where
    /// one of them matched, since that engine takes no lookaround.
    /// </summary>
    private static CuePart NotOurs(string holidays, IReadOnlyCollection<string> ours, string? notADay = null)
    {
        var leads = ours.Where(name => name.Contains(' ', StringComparison.Ordinal)).Select(name => name[..(name.LastIndexOf(' ') + 1)]).Distinct().ToList();
        var notAt = $@"\G(?:{PatternRule.Alternation(ours)})(?![\p{{L}}]){(leads.Count == 0 ? "" : $"|(?<=(?:{PatternRule.Alternation(leads)}))\\G")}{(notADay is null ? "" : $@"|\G(?:{notADay})")}";
        return new(new Regex(holidays, Options | RegexOptions.NonBacktracking, CueTimeout), new Regex(notAt, Options, CueTimeout));
    }

    private static CuePart Part(string pattern, string notAt) => new(new Regex(pattern, Options, CueTimeout), new Regex(notAt, Options, CueTimeout));

    /// <summary>The named-day parts first, then the other patterns, in the order the cue tries them on a tie.</summary>
    private static CuePattern Cue(CuePart[] namedDays, params string[] patterns) =>
        new([.. namedDays, .. patterns.Select(p => new CuePart(new Regex(p, Options, CueTimeout)))]);
}
