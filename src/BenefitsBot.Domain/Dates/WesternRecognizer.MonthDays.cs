using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// A day counted within a month: "the second Tuesday of March 2024", "the last Friday in November", "första måndagen i juli i år",
    /// "de laatste werkdag van juni 2025", "the first business day of next month". Working days are Monday to Friday (no calendar of
    /// public holidays is assumed). With no year, the latest such day on or before the reference day, as for any yearless day.
    /// </summary>
    private IEnumerable<PatternRule> MonthDayRules()
    {
        if (profile.EdgeLast == "(?!)")
        {
            yield break;
        }

        var nth = PatternRule.Alternation(profile.Ordinals.Where(o => o.Value <= 5).Select(o => o.Key));
        var relativeYear = RelativeYearPattern();
        var monthUnits = PatternRule.Alternation(profile.Units.Where(u => u.Value == DateUnit.Month).Select(u => u.Key));
        yield return PatternRule.Create(
            $@"(?:(?:{profile.Article})\s+)?(?:(?<nth>{nth}|[1-5](?:{profile.OrdinalSuffix}))|(?<last>{profile.EdgeLast}))\s+(?:{longWeekday}|(?<work>{profile.WorkingDay}))\s+(?:{profile.EdgeOf})\s+"
            + $@"(?:{month}(?:\s*,?\s*(?<y>(?:19|20)\d{{2}})|\s+(?<ry>{relativeYear}))?|(?:{periodModifier}\s+)?(?<mu>{monthUnits}|{profile.TheMonth}))",
            MonthDay);
    }

    private DateMention? MonthDay(Match match, DateOnly reference)
    {
        var counts = Calendar.Counting(match.Groups["work"].Success ? null : WeekdayOf(match));
        var count = match.Groups["last"].Success ? -1
            : char.IsAsciiDigit(match.Groups["nth"].Value[0]) ? match.Groups["nth"].Value[0] - '0' : profile.Ordinals[Key(match.Groups["nth"].Value)];
        DateOnly? found;
        if (match.Groups["mu"].Success)
        {
            var first = new DateOnly(reference.Year, reference.Month, 1).AddMonths(match.Groups["pm"].Success ? ModifierOf(match) : 0);
            found = Calendar.CountedDay(first.Year, first.Month, count, counts);
        }
        else if (NamedYear(match, reference) is { } year)
        {
            found = Calendar.CountedDay(year, MonthOf(match), count, counts);
        }
        else
        {
            found = Calendar.LatestCountedDay(MonthOf(match), count, counts, reference);
        }

        return found is { } day ? Mentions.Day(match.Index, match.Length, day) : null;
    }
}
