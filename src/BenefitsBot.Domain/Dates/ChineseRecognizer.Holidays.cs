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

    /// <summary>
    /// The lunar-calendar festivals (text folded to Simplified), by the day of the lunar year: 春節 / 大年初一 … 初十, 元宵, 端午, 七夕,
    /// 中秋, 重陽, and 除夕 / 小年夜 before the new year. The official model reads 中秋节 as 15 August of the solar calendar; .NET's
    /// ChineseLunisolarCalendar gives the real day, so these are ours.
    /// </summary>
    private static readonly Dictionary<string, (int Month, int Day)> LunarDays = new(StringComparer.Ordinal)
    {
        ["春节"] = (1, 1), ["农历新年"] = (1, 1), ["农历年"] = (1, 1), ["大年初一"] = (1, 1), ["大年初二"] = (1, 2), ["大年初三"] = (1, 3),
        ["大年初四"] = (1, 4), ["大年初五"] = (1, 5), ["大年初六"] = (1, 6), ["大年初七"] = (1, 7), ["大年初八"] = (1, 8), ["大年初九"] = (1, 9),
        ["大年初十"] = (1, 10), ["元宵节"] = (1, 15), ["元宵"] = (1, 15), ["端午节"] = (5, 5), ["端午"] = (5, 5), ["七夕节"] = (7, 7), ["七夕"] = (7, 7),
        ["中秋节"] = (8, 15), ["中秋"] = (8, 15), ["重阳节"] = (9, 9), ["重阳"] = (9, 9),
        // The eves count back from the new year: 除夕 is its day before, 小年夜 the day before that (as Taiwan says it).
        ["除夕"] = (1, 0), ["除夕夜"] = (1, 0), ["小年夜"] = (1, -1),
    };

    private static readonly System.Globalization.ChineseLunisolarCalendar Lunar = new();

    private static IEnumerable<PatternRule> HolidayRules()
    {
        var names = PatternRule.Alternation(TaiwanDays.Keys);
        yield return Rule($@"(?:(?:{YearPart}|(?<yw>今年|去年|明年|前年))\s*的?\s*)?(?<h>{names})", TaiwanDay);
        var lunarNames = PatternRule.Alternation(LunarDays.Keys);
        yield return Rule($@"(?:(?:{YearPart}|(?<yw>今年|去年|明年|前年))\s*的?\s*)?(?<h>{lunarNames})", LunarDay);
    }

    /// <summary>With a year, the festival in that solar year; alone, its latest occurrence on or before the reference day.</summary>
    private static DateMention? LunarDay(Match match, DateOnly reference)
    {
        var (month, day) = LunarDays[match.Groups["h"].Value];
        int? year = match.Groups["yw"].Success ? reference.Year + YearWords[match.Groups["yw"].Value] : YearOf(match);
        var date = year is { } y ? LunarDate(y, month, day) : LunarDate(reference.Year, month, day) is { } thisYear && thisYear <= reference ? thisYear : LunarDate(reference.Year - 1, month, day);
        return date is { } found ? Mentions.Day(match.Index, match.Length, found) : null;
    }

    /// <summary>The day of lunar <paramref name="month"/> in the lunar year that begins in solar <paramref name="year"/>; day 0 and below count back from the new year.</summary>
    internal static DateOnly? LunarDate(int year, int month, int day)
    {
        if (year <= Lunar.MinSupportedDateTime.Year || year >= Lunar.MaxSupportedDateTime.Year)
        {
            return null;
        }

        // A leap month takes the index after the month it repeats, shifting the later months by one.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        var first = DateOnly.FromDateTime(Lunar.ToDateTime(year, index, 1, 0, 0, 0, 0));
        return first.AddDays(day - 1);
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
