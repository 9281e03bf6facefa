using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    /// <summary>
    /// A day counted within a month: 2024年1月的最後一個星期五, 民國111年3月的第一個星期一, 下個月的第二個週三, 7月的第一個工作天 (working days
    /// are Monday to Friday). With no year, the latest such day on or before the reference day. On text folded to Simplified.
    /// </summary>
    private static IEnumerable<PatternRule> MonthDayRules()
    {
        yield return Rule(
            $@"(?:(?:(?:{YearPart}|(?<yw>今年|去年|明年|前年))\s*的?\s*)?(?<m>{Num})\s*月份?|{Modifier}个?月)\s*的?\s*(?:第\s*(?<n>[一二三四五1-5])\s*个?|(?<last>最后)\s*一?\s*个?)\s*(?:{WeekWord}(?<wd>[一二三四五六日天])|(?<work>工作天|工作日|上班日))",
            MonthDay);
    }

    private static DateMention? MonthDay(Match match, DateOnly reference)
    {
        var counts = Calendar.Counting(match.Groups["work"].Success ? null : IsoWeekday(match.Groups["wd"].Value));
        var count = match.Groups["last"].Success ? -1 : ChineseNumerals.Parse(match.Groups["n"].Value) ?? 0;
        var month = Value(match.Groups["m"]) ?? 0;
        DateOnly? found;
        if (match.Groups["pm"].Success)
        {
            var first = DateUnit.Month.Period(reference, Offset(match)).Start;
            found = Calendar.CountedDay(first.Year, first.Month, count, counts);
        }
        else if (match.Groups["y"].Success || match.Groups["yw"].Success)
        {
            var year = match.Groups["y"].Success ? YearOf(match) : reference.Year + YearWords[match.Groups["yw"].Value];
            found = year is { } y ? Calendar.CountedDay(y, month, count, counts) : null;
        }
        else
        {
            found = Calendar.LatestCountedDay(month, count, counts, reference);
        }

        return found is { } day ? Mentions.Day(match.Index, match.Length, day) : null;
    }
}
