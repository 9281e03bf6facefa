using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class ChineseRecognizer
{
    /// <summary>月底, 年初, 的月底: the part of a month or year named after it (上個月底, 10月初, 今年年底); 旬 are left to the model.</summary>
    private static readonly Regex PartAfter = new(@"\G\s*的?\s*[年月]?\s*(?:(?<early>初)|(?<late>底|末))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex EdgeAfter = new($@"\G\s*的?\s*(?:(?<edge>前|最后)\s*(?<n>{Num})|(?<edge>第)\s*(?<n>一|1))\s*个?\s*(?<u>周|星期|礼拜|月|天|日)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The model's periods take our edges too: 今年上半年的最後一天 is a day (the model reads the half year alone).</summary>
    public static IReadOnlyList<DateMention> Edges(string text, IReadOnlyList<DateMention> mentions) => EdgeSpans(ChineseText.Normalize(text), [.. mentions]);

    /// <summary>
    /// 2021年的前2周, 今年的最後3週, 去年的前10天, 上個月(的)最後一天, 下個月第一天: the first or last units of a period (ISO weeks, as
    /// upstream); a single day is a date.
    /// </summary>
    private static List<DateMention> EdgeSpans(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>(mentions);
        foreach (var period in mentions.Where(m => m.Kind == DateMentionKind.DateRange))
        {
            var edge = EdgeAfter.Match(text, period.Start + period.Length);
            if (!edge.Success || Count(edge) is not { } span)
            {
                continue;
            }

            var (start, end) = (period.RangeStart!.Value, period.RangeEnd!.Value);
            if (span.Weeks > 0)
            {
                (start, end) = (Calendar.StartOfWeek(start.AddDays(3)), Calendar.StartOfWeek(end.AddDays(3)));
            }

            var (from, to) = edge.Groups["edge"].Value is "前" or "第" ? (start, Calendar.Add(start, span, 1)) : (Calendar.Add(end, span, -1), end);
            if (to > end || from < start)
            {
                continue;
            }

            var stop = edge.Index + edge.Length;
            result.RemoveAll(m => m.Start < stop && period.Start < m.Start + m.Length);
            result.Add(to == from.AddDays(1) ? Mentions.Day(period.Start, stop - period.Start, from) : Mentions.Range(period.Start, stop - period.Start, from, to));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static List<DateMention> PartSpans(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>(mentions.Count);
        foreach (var period in mentions)
        {
            var part = period.Kind == DateMentionKind.DateRange ? PartAfter.Match(text, period.Start + period.Length) : Match.Empty;
            if (part.Success && PeriodParts.Of(period.RangeStart!.Value, period.RangeEnd!.Value, part.Groups["early"].Success ? PeriodPart.Early : PeriodPart.Late) is var (from, to))
            {
                result.Add(Mentions.Range(period.Start, part.Index + part.Length - period.Start, from, to));
                continue;
            }

            result.Add(period);
        }

        return result;
    }
}
