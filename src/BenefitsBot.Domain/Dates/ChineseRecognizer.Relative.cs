using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    private const string Modifier = "(?<pm>上上|下下|上|下|这|本|今)";
    private const string WeekWord = "(?:周|星期|礼拜)";

    private static readonly Dictionary<string, int> DayWords = new(StringComparer.Ordinal)
    {
        ["今天"] = 0, ["今日"] = 0, ["明天"] = 1, ["明日"] = 1, ["后天"] = 2, ["大后天"] = 3,
        ["今早"] = 0, ["今晚"] = 0, ["昨晚"] = -1, ["昨天"] = -1, ["昨日"] = -1, ["前天"] = -2, ["大前天"] = -3,
        // Cantonese (Hong Kong): 琴日 yesterday, 聽日 tomorrow, 前日 the day before yesterday, 後日 the day after tomorrow.
        ["琴日"] = -1, ["寻日"] = -1, ["尋日"] = -1, ["听日"] = 1, ["聽日"] = 1, ["前日"] = -2, ["后日"] = 2,
    };

    private static readonly Dictionary<string, int> YearWords = new(StringComparer.Ordinal)
    {
        ["今年"] = 0, ["明年"] = 1, ["后年"] = 2, ["去年"] = -1, ["前年"] = -2,
    };

    private static IEnumerable<PatternRule> RelativeRules()
    {
        // 今日头条 (a news app) is a name, not today.
        yield return Rule(PatternRule.Alternation(DayWords.Keys) + "(?!头条)", (m, r) => Mentions.Day(m.Index, m.Length, r.AddDays(DayWords[m.Value])));
        // Before the plain year words, which it ties with. 今年18岁: an age this year is stated as of today, so the year runs to the reference day.
        yield return Rule($@"今年(?=\s*(?:已经|已)?\s*{Num}\s*周?岁)", (m, r) => Mentions.Range(m.Index, m.Length, new DateOnly(r.Year, 1, 1), r));
        yield return Rule(PatternRule.Alternation(YearWords.Keys), (m, r) => Mentions.Range(m.Index, m.Length, DateUnit.Year.Period(r, YearWords[m.Value])));
        // 月底, 年初 alone: this month's or this year's part (after a named period, PartSpans reads them).
        yield return Rule($@"(?<![年月个上下这本今去明0-9〇零一二两三四五六七八九十百千])(?<u>[年月])(?:(?<early>初)|底|末)", (m, r) =>
            (m.Groups["u"].Value == "月" ? DateUnit.Month : DateUnit.Year).Period(r, 0) is var (start, end)
            && PeriodParts.Of(start, end, m.Groups["early"].Success ? PeriodPart.Early : PeriodPart.Late) is var (from, to)
                ? Mentions.Range(m.Index, m.Length, from, to) : null);
        // 上週的週二, 上禮拜的星期二: the week named, then the weekday in it.
        yield return Rule($@"{Modifier}?\s*个?(?:{WeekWord}\s*的\s*)?{WeekWord}\s*(?<wd>[一二三四五六日天1-7])", WeekdayOf);
        yield return Rule($@"{Modifier}个?(?<u>{WeekWord}|月)(?!\s*的?\s*{Num}\s*[日号])", (m, r) =>
            Mentions.Range(m.Index, m.Length, (m.Groups["u"].Value == "月" ? DateUnit.Month : DateUnit.Week).Period(r, Offset(m))));
        yield return Rule($@"{Modifier}个?月\s*的?\s*(?<d>{Num}){DaySuffix}", (m, r) =>
            DateUnit.Month.Period(r, Offset(m)).Start is var first && Value(m.Groups["d"]) is { } d && Calendar.TryDate(first.Year, first.Month, d) is { } date
                ? Mentions.Day(m.Index, m.Length, date) : null);
        // 半年前, 半個月前, 一年半前, 一個半月前, 兩個半星期前: halves as DateUnitExtensions.Half counts them.
        yield return Rule($@"(?<!哪)(?:(?<n>{Num})\s*个?\s*(?<u>天|日|周|星期|礼拜|月|年)(?<half>半)?|(?<n>{Num})?\s*个?\s*(?<half>半)\s*个?\s*(?<u>月|年|周|星期|礼拜))\s*(?<dir>之前|以前|之后|以后|前|后)", (m, r) =>
            Count(m) is { } span ? Mentions.Day(m.Index, m.Length, Calendar.Add(r, span, m.Groups["dir"].Value.EndsWith('前') ? -1 : 1)) : null);
        // 兩年又三天前, 一年零五週前, 一年兩個月後: the units added up, before or after today.
        yield return Rule($@"(?<!哪)(?<n>{Num})\s*(?:(?<u>年)|个\s*(?<u>月))\s*(?:又|零)?\s*(?<n2>{Num})\s*(?:(?<u2>天|周|星期|礼拜)|个\s*(?<u2>月|星期|礼拜|周))\s*(?<dir>之前|以前|之后|以后|前|后)", (m, r) =>
            Units(m.Groups["n"], m.Groups["u"]) is { } first && Units(m.Groups["n2"], m.Groups["u2"]) is { } second && (m.Groups["dir"].Value.EndsWith('前') ? -1 : 1) is var sign
                ? Mentions.Day(m.Index, m.Length, Calendar.Add(Calendar.Add(r, first, sign), second, sign)) : null);
        // 已經四個禮拜了, 已經過了五週, 60天了: it has been that long since what was told, so that is its day. Not years, which
        // tell a tenure loosely (合作已經八年了), nor 5月 and 20日, which are a month and a day (已經5月了: it is May already).
        yield return Rule($@"(?:已经|已)\s*(?:过了|有)?\s*(?<n>{Num})\s*{Elapsed}(?:\s*了)?|(?<n>{Num})\s*{Elapsed}\s*了(?=\s*(?:[，,。.！!？?；;]|$))", (m, r) =>
            Units(m.Groups["n"], m.Groups["u"]) is { } span ? Mentions.Day(m.Index, m.Length, Calendar.Add(r, span, -1)) : null);
        // 再過十天, 再三個月: that long from today.
        yield return Rule($@"再\s*过?\s*(?<n>{Num})\s*{Elapsed}(?:\s*(?:之后|以后|后))?", (m, r) =>
            Units(m.Groups["n"], m.Groups["u"]) is { } span ? Mentions.Day(m.Index, m.Length, Calendar.Add(r, span, 1)) : null);
        // 去年的今天, 去年这个时候, 一年前的今天, 上个月的今天: today's date moved by the period or count before it; apart, 去年 is the whole year.
        yield return Rule($@"(?:(?<y>{PatternRule.Alternation(YearWords.Keys)})|{Modifier}个?(?<u>{WeekWord}|月)|(?<n>{Num})\s*个?\s*(?<u>天|日|周|星期|礼拜|月|年)\s*(?:之前|以前|前))\s*的?\s*{SameDay}", SameDayMoved);
        // 后1年, 后3天: the next units from tomorrow, as "next 3 days" ("最后3天" is an edge, "3天后" a day).
        yield return Rule($@"(?<![最之以的]|{Num})后\s*(?<n>{Num})\s*个?\s*(?<u>天|周|星期|礼拜|月|年)", (m, r) =>
            Count(m) is { } span ? Mentions.Range(m.Index, m.Length, r.AddDays(1), Calendar.Add(r.AddDays(1), span, 1)) : null);
        yield return Rule($@"(?<![哪每这那第几])(?<n>{Num})\s*(?:个\s*(?<u>月|星期|礼拜|周)|(?<u>天|周(?!岁)|星期|礼拜)|(?<u>年))", (m, _) =>
            Count(m) is { } span && !(m.Groups["u"].Value == "年" && m.Groups["n"].Value.All(char.IsAsciiDigit)) ? Mentions.Duration(m.Index, m.Length, span) : null);
    }

    /// <summary>The day itself: 今天, 这个时候 ("this time"), 同一天 ("the same day").</summary>
    private const string SameDay = "(?:今天|今日|这个时候|这时候|此时|同一天|这一天|这天)";

    private static DateMention? SameDayMoved(Match match, DateOnly reference)
    {
        if (match.Groups["y"].Success)
        {
            return Mentions.Day(match.Index, match.Length, reference.AddYears(YearWords[match.Groups["y"].Value]));
        }

        if (match.Groups["pm"].Success)
        {
            var offset = Offset(match);
            var unit = match.Groups["u"].Value == "月" ? DateUnit.Month : DateUnit.Week;
            return offset == 0 ? null : Mentions.Day(match.Index, match.Length, Calendar.Add(reference, unit.Times(Math.Abs(offset)), Math.Sign(offset)));
        }

        return Count(match) is { } span ? Mentions.Day(match.Index, match.Length, Calendar.Add(reference, span, -1)) : null;
    }

    private static int Offset(Match match) => match.Groups["pm"].Value switch
    {
        "上上" => -2,
        "上" => -1,
        "下" => 1,
        "下下" => 2,
        _ => 0,
    };

    /// <summary>The ISO weekday a character names after 星期 / 週 / 禮拜: 一 is Monday, 日 and 天 Sunday.</summary>
    internal static int IsoWeekday(string weekday) => weekday is "日" or "天" ? 7 : ChineseNumerals.Parse(weekday) ?? 7;

    /// <summary>The unit of a count: 天 / 日 days, 月 months, 年 years, any week word (周, 週, 星期, 禮拜) weeks.</summary>
    internal static DateUnit UnitOf(string unit) => unit switch
    {
        "天" or "日" => DateUnit.Day,
        "月" => DateUnit.Month,
        "年" => DateUnit.Year,
        _ => DateUnit.Week,
    };

    private static DateMention WeekdayOf(Match match, DateOnly reference)
    {
        var isoDay = IsoWeekday(match.Groups["wd"].Value);
        var date = match.Groups["pm"].Success
            ? Calendar.StartOfWeek(reference).AddDays(7 * Offset(match) + isoDay - 1)
            : Calendar.Weekday(reference, isoDay, WeekdayRule.LatestOnOrBefore);
        return Mentions.Day(match.Index, match.Length, date);
    }

    /// <summary>The units a count of elapsed time is told in: days, weeks, and months with their measure word (个月).</summary>
    private const string Elapsed = @"(?:(?<u>天|周|星期|礼拜)|个\s*(?<u>月|星期|礼拜|周))";

    /// <summary>A whole count of a unit (no halves); counts above three digits are years or numbers, not spans.</summary>
    private static DateSpan? Units(Group count, Group unit) =>
        count.Value.Length <= 3 && Value(count) is { } n ? UnitOf(unit.Value).Times(n) : null;

    /// <summary>A count of units; counts above three digits are years or numbers, not spans.</summary>
    private static DateSpan? Count(Match match)
    {
        var half = match.Groups["half"].Success;
        if (match.Groups["n"].Value.Length > 3 || (match.Groups["n"].Success ? Value(match.Groups["n"]) : half ? 0 : null) is not { } n)
        {
            return null;
        }

        var unit = UnitOf(match.Groups["u"].Value);
        return (unit, half) switch
        {
            (DateUnit.Day, true) => null,
            (_, true) => unit.TimesAndHalf(n),
            _ => unit.Times(n),
        };
    }
}
