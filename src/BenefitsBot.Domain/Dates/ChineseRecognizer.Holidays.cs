using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    /// <summary>
    /// Taiwan's national days (text folded to Simplified): 國慶日 and 雙十節 are 10 October, 和平紀念日 28 February, 兒童節 4 April,
    /// 跨年夜 (New Year's Eve) 31 December,
    /// 教師節 28 September. Hand-written because the official model reads the mainland's days (国庆 1 October, 儿童节 1 June, 教师节
    /// 10 September); its cue leaves these names out (<see cref="OfficialCues.Chinese"/>).
    /// </summary>
    private static readonly Dictionary<string, (int Month, int Day)> TaiwanDays = new(StringComparer.Ordinal)
    {
        ["国庆日"] = (10, 10), ["国庆节"] = (10, 10), ["国庆"] = (10, 10), ["双十节"] = (10, 10), ["双十国庆"] = (10, 10), ["双十"] = (10, 10), ["雙十节"] = (10, 10), // 雙 is not folded to Simplified
        ["雙十国庆"] = (10, 10), ["雙十"] = (10, 10),
        ["和平纪念日"] = (2, 28), ["和平紀念日"] = (2, 28), ["二二八"] = (2, 28), ["儿童节"] = (4, 4), ["教师节"] = (9, 28), ["跨年夜"] = (12, 31),
    };

    private static IEnumerable<PatternRule> HolidayRules()
    {
        var names = PatternRule.Alternation(TaiwanDays.Keys);
        yield return Rule($@"(?:(?:{YearPart}|(?<yw>今年|去年|明年|前年))\s*的?\s*)?(?<h>{names})", TaiwanDay);
    }

    /// <summary>With a year, that year's day; alone, its latest occurrence on or before the reference day.</summary>
    private static DateMention? TaiwanDay(Match match, DateOnly reference)
    {
        var (month, day) = TaiwanDays[match.Groups["h"].Value];
        int? year = match.Groups["yw"].Success ? reference.Year + YearWords[match.Groups["yw"].Value] : YearOf(match);
        var date = year is { } y ? Calendar.TryDate(y, month, day) : Calendar.LatestMonthDay(month, day, reference);
        return date is { } found ? Mentions.Day(match.Index, match.Length, found) : null;
    }
}
