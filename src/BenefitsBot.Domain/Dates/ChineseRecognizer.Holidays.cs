using System.Globalization;
using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>
    /// Named days (text folded to Simplified) and their date in a given solar year. Taiwan's national days: 國慶日 and 雙十節 are
    /// 10 October, 和平紀念日 28 February, 兒童節 4 April, 跨年夜 (New Year's Eve) 31 December, 教師節 28 September, 父親節 8 August, 勞動節 1 May, 聖誕節 / 耶誕節 25 December and 平安夜 its eve, 光復節 25 October, and 元旦 so that a
    /// 民國 year before it is read; hand-written because
    /// the official model reads the mainland's days (国庆 1 October, 儿童节 1 June, 教师节 10 September). The lunar festivals by their
    /// day of the lunar year: 春節 / 大年初一 … 初十, 元宵, 端午, 七夕, 中秋, 重陽, and 除夕 / 小年夜 before the new year; the official model
    /// reads 中秋节 as 15 August of the solar calendar, .NET's ChineseLunisolarCalendar gives the real day. The cue leaves all of these
    /// to us (<see cref="OfficialCues.Chinese"/>).
    /// </summary>
    private static readonly Dictionary<string, Func<int, DateOnly?>> NamedDays = new(StringComparer.Ordinal)
    {
        ["国庆日"] = Solar(10, 10), ["国庆节"] = Solar(10, 10), ["国庆"] = Solar(10, 10), ["双十节"] = Solar(10, 10), ["双十国庆"] = Solar(10, 10), ["双十"] = Solar(10, 10),
        ["雙十节"] = Solar(10, 10), ["雙十国庆"] = Solar(10, 10), ["雙十"] = Solar(10, 10), // 雙 is not folded to Simplified
        ["和平纪念日"] = Solar(2, 28), ["和平紀念日"] = Solar(2, 28), ["二二八"] = Solar(2, 28), ["228"] = Solar(2, 28), ["儿童节"] = Solar(4, 4), ["教师节"] = Solar(9, 28), ["跨年夜"] = Solar(12, 31),
        ["父亲节"] = Solar(8, 8), ["八八节"] = Solar(8, 8), ["劳动节"] = Solar(5, 1), ["五一劳动节"] = Solar(5, 1), ["元旦"] = Solar(1, 1), ["元旦节"] = Solar(1, 1),
        ["圣诞节"] = Solar(12, 25), ["圣诞"] = Solar(12, 25), ["耶诞节"] = Solar(12, 25), ["耶诞"] = Solar(12, 25), ["平安夜"] = Solar(12, 24),
        ["圣诞夜"] = Solar(12, 24), ["耶诞夜"] = Solar(12, 24), ["光复节"] = Solar(10, 25),
        ["春节"] = LunarDay(1, 1), ["农历新年"] = LunarDay(1, 1), ["农历年"] = LunarDay(1, 1), ["大年初一"] = LunarDay(1, 1), ["大年初二"] = LunarDay(1, 2),
        ["大年初三"] = LunarDay(1, 3), ["大年初四"] = LunarDay(1, 4), ["大年初五"] = LunarDay(1, 5), ["大年初六"] = LunarDay(1, 6), ["大年初七"] = LunarDay(1, 7),
        ["大年初八"] = LunarDay(1, 8), ["大年初九"] = LunarDay(1, 9), ["大年初十"] = LunarDay(1, 10), ["元宵节"] = LunarDay(1, 15), ["元宵"] = LunarDay(1, 15),
        ["端午节"] = LunarDay(5, 5), ["端午"] = LunarDay(5, 5), ["七夕节"] = LunarDay(7, 7), ["七夕"] = LunarDay(7, 7), ["中秋节"] = LunarDay(8, 15), ["中秋"] = LunarDay(8, 15),
        ["重阳节"] = LunarDay(9, 9), ["重阳"] = LunarDay(9, 9),
        // The eves count back from the new year: 除夕 is its day before, 小年夜 the day before that (as Taiwan says it).
        ["除夕"] = LunarDay(1, 0), ["除夕夜"] = LunarDay(1, 0), ["小年夜"] = LunarDay(1, -1),
    };

    private static IEnumerable<PatternRule> HolidayRules()
    {
        yield return Rule($@"(?:(?:{YearPart}|(?<yw>今年|去年|明年|前年))\s*的?\s*)?(?<h>{PatternRule.Alternation(NamedDays.Keys.Where(key => !char.IsAsciiDigit(key[0])))})", NamedDay);
        // 228 written in digits names 二二八 only when a day word follows ("228那天", "228連假") or a year's 的 precedes ("民國109年的228");
        // alone it is a number.
        yield return Rule($@"(?:(?:{YearPart}|(?<yw>今年|去年|明年|前年))\s*的?\s*)?(?<![\d.,/$])(?<h>228)(?=\s*(?:那天|那一天|当天|[連连]假|假期|[紀纪]念日|和平[紀纪]念日))", NamedDay);
        yield return Rule($@"(?:{YearPart}|(?<yw>今年|去年|明年|前年))\s*的\s*(?<h>228)(?![\d.,/号个元人])", NamedDay);
    }

    /// <summary>With a year, that year's day; alone, its latest occurrence on or before the reference day.</summary>
    private static DateMention? NamedDay(Match match, DateOnly reference)
    {
        var dayIn = NamedDays[match.Groups["h"].Value];
        int? year = match.Groups["yw"].Success ? reference.Year + YearWords[match.Groups["yw"].Value] : YearOf(match);
        var date = year is { } y ? dayIn(y) : dayIn(reference.Year) is { } thisYear && thisYear <= reference ? thisYear : dayIn(reference.Year - 1);
        return date is { } found ? Mentions.Day(match.Index, match.Length, found) : null;
    }

    private static Func<int, DateOnly?> Solar(int month, int day) => year => Calendar.TryDate(year, month, day);

    /// <summary>The day of lunar <paramref name="month"/> in the lunar year that begins in a solar year; day 0 and below count back from the new year.</summary>
    private static Func<int, DateOnly?> LunarDay(int month, int day) => year =>
    {
        if (year <= Lunar.MinSupportedDateTime.Year || year >= Lunar.MaxSupportedDateTime.Year)
        {
            return null;
        }

        // A leap month takes the index after the month it repeats, shifting the later months by one.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, 1, 0, 0, 0, 0)).AddDays(day - 1);
    };
}
