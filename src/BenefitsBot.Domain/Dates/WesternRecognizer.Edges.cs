using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last year", "the last day of last month": the
    /// first or last units of a period; a single day is a date. Weeks follow ISO weeks as upstream does, so the year's first week
    /// starts on the Monday of the week holding 4 January. Also the first or last working day or weekday of a period ("the first
    /// Monday of this year", "de laatste werkdag van het tweede kwartaal", or counted further: "the third Tuesday of last October",
    /// "tredje onsdagen förra månaden"; working days are Monday to Friday, as in
    /// <see cref="MonthDayRules"/>); the period's mention may hold its "of" ("of 2023", "i år").
    /// </summary>
    private List<DateMention> EdgeSpans(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>(mentions);
        foreach (var period in mentions.Where(m => m.Kind == DateMentionKind.DateRange))
        {
            var edge = MatchBefore(edgeBefore, text, period.Start);
            if (!edge.Success && MatchBefore(countedDayEdgeBefore, text, period.Start) is { Success: true } counted
                && Calendar.CountedDayIn(period.RangeStart!.Value, period.RangeEnd!.Value, counted.Groups["nth"].Success ? profile.Ordinals[Key(counted.Groups["nth"].Value)] : IsFirst(counted) ? 1 : -1, Calendar.Counting(counted.Groups["wd"].Success ? WeekdayOf(counted) : null)) is { } day)
            {
                result.RemoveAll(m => m.Start < period.Start + period.Length && counted.Index < m.Start + m.Length);
                result.Add(Mentions.Day(counted.Index, period.Start + period.Length - counted.Index, day));
                continue;
            }

            // Without a count the edge is one unit: "the last day of last month", "sista dagen i förra månaden".
            if (!edge.Success || (edge.Groups["n"].Success ? Number(edge.Groups["n"]) : 1) is not { } n || n < 1)
            {
                continue;
            }

            var unit = UnitOf(edge);
            var (start, end) = (period.RangeStart!.Value, period.RangeEnd!.Value);
            if (unit == DateUnit.Week)
            {
                (start, end) = (Calendar.StartOfWeek(start.AddDays(3)), Calendar.StartOfWeek(end.AddDays(3)));
            }

            var span = unit.Times(n);
            var (from, to) = IsFirst(edge)
                ? (start, Calendar.Add(start, span, 1))
                : (Calendar.Add(end, span, -1), end);
            if (to > end || from < start)
            {
                continue;
            }

            result.RemoveAll(m => m.Start < period.Start + period.Length && edge.Index < m.Start + m.Length);
            result.Add(to == from.AddDays(1)
                ? Mentions.Day(edge.Index, period.Start + period.Length - edge.Index, from)
                : Mentions.Range(edge.Index, period.Start + period.Length - edge.Index, from, to));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private bool IsFirst(Match edge) =>
        Regex.IsMatch(edge.Groups["edge"].Value, $"^(?:{profile.EdgeFirst})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>"i början av mars", "i slutet av förra månaden", "i mitten av nästa år": the early, middle or late part of a period.</summary>
    private List<DateMention> PartSpans(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>(mentions.Count);
        foreach (var period in mentions)
        {
            var lead = period.Kind == DateMentionKind.DateRange ? MatchBefore(partBefore, text, period.Start) : Match.Empty;
            var part = lead.Groups["early"].Success ? PeriodPart.Early : lead.Groups["middle"].Success ? PeriodPart.Middle : PeriodPart.Late;
            if (lead.Success && PeriodParts.Of(period.RangeStart!.Value, period.RangeEnd!.Value, part) is var (from, to))
            {
                result.Add(Mentions.Range(lead.Index, period.Start + period.Length - lead.Index, from, to));
                continue;
            }

            result.Add(period);
        }

        return result;
    }
}
