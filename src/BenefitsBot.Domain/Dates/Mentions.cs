namespace BenefitsBot.Domain.Dates;

/// <summary>Builds <see cref="DateMention"/> values and picks the non-overlapping, longest candidates.</summary>
internal static class Mentions
{
    public static DateMention Day(int start, int length, DateOnly day) => new(start, length, DateMentionKind.Date, Date: day);

    public static DateMention Range(int start, int length, DateOnly from, DateOnly toExclusive) =>
        new(start, length, DateMentionKind.DateRange, RangeStart: from, RangeEnd: toExclusive);

    public static DateMention Range(int start, int length, (DateOnly Start, DateOnly End) period) => Range(start, length, period.Start, period.End);

    public static DateMention Duration(int start, int length, DateSpan span) => new(start, length, DateMentionKind.Duration, Span: span);

    /// <summary>Longest first, then leftmost; a candidate overlapping an accepted one is dropped. Result is in text order.</summary>
    public static List<DateMention> SelectLongest(IEnumerable<DateMention> candidates)
    {
        var accepted = new List<DateMention>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!accepted.Exists(a => candidate.Start < a.Start + a.Length && a.Start < candidate.Start + candidate.Length))
            {
                accepted.Add(candidate);
            }
        }

        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>The first day a mention covers, for joining two mentions into a range.</summary>
    public static DateOnly? FirstDay(DateMention mention) => mention.Kind switch
    {
        DateMentionKind.Date => mention.Date,
        DateMentionKind.DateRange => mention.RangeStart,
        _ => null,
    };
}
