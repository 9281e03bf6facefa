using System.Globalization;
using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// A numbered week, alone or with a weekday: "vecka 30", "måndagen vecka 30", "maandag in week 30", "Monday of week 30 2024",
    /// "onsdagen vecka 35 förra året": the ISO week of the year written or named, else of the reference day's year (planning talk
    /// names this year's weeks); "ISO week 48" says the numbering. A full stop may end the sentence after it, but no decimal ("v. 12.5") or range follows.
    /// </summary>
    private IEnumerable<PatternRule> NumberedWeekRules()
    {
        if (profile.NumberedWeek == "(?!)")
        {
            yield break;
        }

        var relativeYear = RelativeYearPattern();
        var weekday = $@"(?<wd>{PatternRule.Alternation(profile.Weekdays.Keys)})(?:en)?";
        yield return PatternRule.Create(
            $@"(?:{weekday}\s+(?:(?:of|in|i|van|på)\s+)?)?(?:iso[\s-]*)?(?:{profile.NumberedWeek})\s*(?<w>\d{{1,2}})(?:\s*,?\s*(?<y>(?:19|20)\d{{2}})|\s+(?<ry>{relativeYear}))?(?![\d:/-]|\.\d)",
            NumberedWeek);
    }

    private DateMention? NumberedWeek(Match match, DateOnly reference)
    {
        var week = Int(match.Groups["w"]);
        var year = NamedYear(match, reference) ?? reference.Year;
        if (week is < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return match.Groups["wd"].Success
            ? Mentions.Day(match.Index, match.Length, monday.AddDays(WeekdayOf(match) - 1))
            : Mentions.Range(match.Index, match.Length, monday, monday.AddDays(7));
    }
}
