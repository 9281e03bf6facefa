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

        yield return PatternRule.Create($@"(?<h>{PatternRule.Alternation(profile.Holidays.Keys)})(?:\s+(?<y>(?:19|20)\d{{2}}))?", Holiday);
    }

    private DateMention? Holiday(Match match, DateOnly reference)
    {
        var dayIn = profile.Holidays[Key(match.Groups["h"].Value)];
        if (match.Groups["y"].Success)
        {
            return Mentions.Day(match.Index, match.Length, dayIn(Int(match.Groups["y"])));
        }

        var thisYear = dayIn(reference.Year);
        return Mentions.Day(match.Index, match.Length, thisYear <= reference ? thisYear : dayIn(reference.Year - 1));
    }
}
