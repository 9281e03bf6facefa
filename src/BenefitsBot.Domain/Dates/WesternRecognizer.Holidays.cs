using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// A named day of the profile, with an optional year ("nationaldagen", "julafton 2024"): without a year the latest on or before
    /// the reference day, as for a date written without one.
    /// </summary>
    private IEnumerable<PatternRule> HolidayRules()
    {
        if (profile.Holidays.Count == 0)
        {
            yield break;
        }

        // "Kerst (25-12-2022)": the year of a date restated in brackets after the day is the day's year.
        var relativeYear = RelativeYearPattern();
        // The year may come first: "next year on Christmas Eve", "volgend jaar op Sinterklaasavond", "i fjol på midsommarafton".
        yield return PatternRule.Create($@"(?:(?<ry>{relativeYear})\s*,?\s+(?:on|at|op|på)\s+(?:the\s+)?|{periodModifier}\s+)?(?<h>{PatternRule.Alternation(profile.Holidays.Keys)})(?:\s+(?<y>(?:19|20)\d{{2}})|\s+(?<ry>{relativeYear})|,?\s+(?:back\s+)?(?:in|i)\s+(?<y>(?:19|20)\d{{2}})(?![\d/-]|\.\d)|(?=\s*\([^()]{{0,24}}?(?<y>(?:19|20)\d{{2}})[^()\d]{{0,3}}\)))?", Holiday);
    }

    /// <summary>The profile's years named relative to today ("last year", "i fjol", "vorig jaar"), or a pattern that never matches.</summary>
    private string RelativeYearPattern() => profile.RelativeYears.Count == 0 ? "(?!)" : PatternRule.Alternation(profile.RelativeYears.Keys);

    /// <summary>The year a match names: written (group <c>y</c>) or relative to today (group <c>ry</c>, "i fjol", "vorig jaar"); else null.</summary>
    private int? NamedYear(Match match, DateOnly reference) =>
        match.Groups["y"].Success ? Int(match.Groups["y"])
        : match.Groups["ry"].Success ? reference.Year + profile.RelativeYears[Key(match.Groups["ry"].Value)]
        : null;

    private DateMention? Holiday(Match match, DateOnly reference)
    {
        var dayIn = profile.Holidays[Key(match.Groups["h"].Value)];
        if (NamedYear(match, reference) is { } named)
        {
            return Mentions.Day(match.Index, match.Length, dayIn(named));
        }

        // "volgende Koningsdag", "nästa midsommarafton": the coming one; "this Thanksgiving", "deze Koningsdag": this year's;
        // otherwise ("vorige", or none) the latest one.
        var thisYear = dayIn(reference.Year);
        var modifier = match.Groups["pm"].Success ? profile.PeriodModifiers[Key(match.Groups["pm"].Value)] : -1;
        // An article ("the", "de") is no "this".
        if (modifier == 0 && !profile.Article.Split('|').Contains(Key(match.Groups["pm"].Value), StringComparer.OrdinalIgnoreCase) && !Key(match.Groups["pm"].Value).Equals("het", StringComparison.OrdinalIgnoreCase))
        {
            return Mentions.Day(match.Index, match.Length, thisYear);
        }

        var ahead = modifier > 0;
        return Mentions.Day(match.Index, match.Length, ahead
            ? (thisYear > reference ? thisYear : dayIn(reference.Year + 1))
            : (thisYear <= reference ? thisYear : dayIn(reference.Year - 1)));
    }
}
