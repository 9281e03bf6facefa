using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    private const int MonthsInQuarter = 3;

    /// <summary>第三季, 第2季度, Q4, right after a year (今年第三季, 2020年的第二季) or alone (the reference day's year).</summary>
    private static readonly Regex Quarter = new(@"\G\s*的?\s*(?:第\s*(?<q>[一二三四1-4])\s*季度?|[Qq](?<q>[1-4])(?![0-9]))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A quarter without a year: 第三季 preceded by no digit (第 itself bounds it on the left).</summary>
    private static readonly Regex QuarterAlone = new(@"(?<![0-9年])(?:第\s*(?<q>[一二三四1-4])\s*季度?|(?<![A-Za-z])[Qq](?<q>[1-4])(?![0-9]))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The day after a period ended: 第四季結束的隔天, 上半年結束後的第二天 (normalized to Simplified).</summary>
    private static readonly Regex EndedNextDay = new(@"\G\s*的?\s*结束\s*(?:之?后)?\s*的?\s*(?:隔天|次日|翌日|第二天|后一天|后的第一天)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Quarters (今年第三季, 2020年第二季度, 第一季 of the reference year, Q4), which neither we nor the model read before, so that
    /// their edges follow as for other periods (第二季的最後一天).
    /// </summary>
    private static List<DateMention> QuarterSpans(string text, List<DateMention> mentions, DateOnly reference)
    {
        var result = new List<DateMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention is { Kind: DateMentionKind.DateRange, RangeStart: { Month: 1, Day: 1 } from, RangeEnd: { } to } && to == from.AddYears(1)
                && Quarter.Match(text, mention.Start + mention.Length) is { Success: true } quarter)
            {
                result.Add(QuarterOf(mention.Start, quarter.Index + quarter.Length, from.Year, quarter));
                continue;
            }

            result.Add(mention);
        }

        foreach (Match alone in QuarterAlone.Matches(text))
        {
            if (!result.Exists(m => alone.Index < m.Start + m.Length && m.Start < alone.Index + alone.Length))
            {
                result.Add(QuarterOf(alone.Index, alone.Index + alone.Length, reference.Year, alone));
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static DateMention QuarterOf(int start, int end, int year, Match quarter)
    {
        var first = new DateOnly(year, ((ChineseNumerals.Parse(quarter.Groups["q"].Value) ?? 1) - 1) * MonthsInQuarter + 1, 1);
        return Mentions.Range(start, end - start, first, first.AddMonths(MonthsInQuarter));
    }

    /// <summary>第四季結束的隔天: the day after a period's last day.</summary>
    private static List<DateMention> EndedNextDaySpans(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>(mentions.Count);
        var covered = 0;
        foreach (var mention in mentions)
        {
            if (mention.Start < covered)
            {
                continue;
            }

            if (mention is { Kind: DateMentionKind.DateRange, RangeEnd: { } end } && EndedNextDay.Match(text, mention.Start + mention.Length) is { Success: true } next)
            {
                covered = next.Index + next.Length;
                result.Add(Mentions.Day(mention.Start, covered - mention.Start, end));
                continue;
            }

            result.Add(mention);
        }

        return result;
    }
}
