using System.Globalization;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Compares our mentions with a spec case: every expected result needs an overlapping mention of the same kind whose value is one
/// of the expected candidates (a date without a year has a past and a future candidate upstream; ours picks one), and no mention
/// may appear where the spec expects nothing.
/// </summary>
public static class SpecJudge
{
    public static string? Failure(SpecCase c, IReadOnlyList<DateMention> actual)
    {
        foreach (var expected in c.Expected)
        {
            var overlapping = actual.Where(m => m.Start < expected.End && expected.Start < m.Start + m.Length).ToList();
            if (overlapping.Count == 0)
            {
                return $"missed '{expected.Text}'";
            }

            if (expected.Values.Count > 0 && !overlapping.Any(m => Kind(m) == expected.Kind && expected.Values.Contains(Value(m))))
            {
                return $"'{expected.Text}': expected {expected.Kind} {string.Join(" | ", expected.Values)}, got {string.Join(", ", overlapping.Select(Describe))}";
            }

            if (expected.Values.Count == 0 && !overlapping.Any(m => Kind(m) == expected.Kind))
            {
                return $"'{expected.Text}': expected a {expected.Kind}, got {string.Join(", ", overlapping.Select(Describe))}";
            }
        }

        // The Swedish suites test a date-only extractor and parser: a range or duration there is outside what they can expect.
        var judged = c.Suite.StartsWith("Swedish-Date", StringComparison.Ordinal) ? actual.Where(m => m.Kind == DateMentionKind.Date) : actual;
        var extra = judged.FirstOrDefault(m => !c.Expected.Any(e => m.Start < e.End && e.Start < m.Start + m.Length));
        return extra is null ? null : $"unexpected {Describe(extra)} at '{c.Input.Substring(extra.Start, extra.Length)}'";
    }

    public static string Kind(DateMention m) => m.Kind switch
    {
        DateMentionKind.Date => "date",
        DateMentionKind.DateRange => "daterange",
        _ => "duration",
    };

    /// <summary>Our value in the spec's notation: yyyy-MM-dd, "start..end" or a timex duration such as P30D.</summary>
    public static string Value(DateMention m) => m.Kind switch
    {
        DateMentionKind.Date => Iso(m.Date!.Value),
        DateMentionKind.DateRange => $"{Iso(m.RangeStart!.Value)}..{Iso(m.RangeEnd!.Value)}",
        _ => Timex(m.Span!.Value),
    };

    public static string Describe(DateMention m) => $"{Kind(m)} {Value(m)}";

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Timex(DateSpan s)
    {
        var parts = (s.Years > 0 ? $"{s.Years}Y" : "") + (s.Months > 0 ? $"{s.Months}M" : "") + (s.Weeks > 0 ? $"{s.Weeks}W" : "") + (s.Days > 0 ? $"{s.Days}D" : "");
        return "P" + (parts.Length == 0 ? "0D" : parts);
    }
}
