using System.Globalization;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>Builds the date mentions a recognizer would report for a test sentence: the surface text's position and its resolved day.</summary>
internal static class Mentions
{
    public static DateMention Day(string text, string surface, string isoDate)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' not in '{text}'");
        return new DateMention(start, surface.Length, DateMentionKind.Date, DateOnly.Parse(isoDate, CultureInfo.InvariantCulture));
    }

    /// <summary>A whole calendar year ("2020", "i fjol"), as the recognizer reports it: 1 January to the next 1 January.</summary>
    public static DateMention Year(string text, string surface, int year)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' not in '{text}'");
        return new DateMention(start, surface.Length, DateMentionKind.DateRange, RangeStart: new DateOnly(year, 1, 1), RangeEnd: new DateOnly(year + 1, 1, 1));
    }

    /// <summary>A whole month ("May 2022"), as the recognizer reports it: its first day to the next month's first day.</summary>
    public static DateMention Month(string text, string surface, int year, int month)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' not in '{text}'");
        return new DateMention(start, surface.Length, DateMentionKind.DateRange, RangeStart: new DateOnly(year, month, 1), RangeEnd: new DateOnly(year, month, 1).AddMonths(1));
    }
}
