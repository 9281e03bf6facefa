using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// A quarter or half of a year, where the profile names them (<see cref="LanguageProfile.YearParts"/>): "första kvartalet 2024",
    /// "årets tredje kvartal", "sista kvartalet i fjol", "andra halvåret", "Q3 2023", "kvartal 2": a range of the year written or
    /// named, else of the reference day's year, as numbered weeks are. <see cref="EdgeSpans"/> then reads "sista dagen i …" on it.
    /// </summary>
    private IEnumerable<PatternRule> YearPartRules()
    {
        var genitive = profile.YearGenitives.Count == 0 ? "(?!)" : PatternRule.Alternation(profile.YearGenitives.Keys);
        var year = $@"(?:\s+(?:(?:{profile.Of}|{profile.EdgeOf})\s+)?(?:(?<y>(?:19|20)\d{{2}})|(?<ry>{RelativeYearPattern()})))?(?![\d:/-]|\.\d)";
        if (profile.NumberedQuarter != "(?!)" && profile.YearParts.Count == 0)
        {
            // Where the official model reads the named parts (Dutch), only "Q2" is ours: it reads no "Q" there.
            yield return PatternRule.Create($@"(?:{profile.NumberedQuarter})(?<qn>[1-4]){year}", YearPart, PatternAnchor.Digit);
        }

        if (profile.YearParts.Count == 0)
        {
            yield break;
        }

        yield return PatternRule.Create(
            $@"(?:(?<gy>{genitive})\s+)?(?:(?<last>{profile.EdgeLast})|(?<o>{PatternRule.Alternation(profile.Ordinals.Keys)}))\s+(?<part>{PatternRule.Alternation(profile.YearParts.Keys)}){year}",
            YearPart);
        yield return PatternRule.Create($@"(?:(?<gy>{genitive})\s+)?(?:{profile.NumberedQuarter})(?<qn>[1-4]){year}", YearPart, PatternAnchor.Digit);

        // "förra kvartalet", "nästa halvår": the part of the year before or after the reference day's own.
        yield return PatternRule.Create($@"{periodModifier}\s+(?<part>{PatternRule.Alternation(profile.YearParts.Keys)})", RelativeYearPart);
    }

    private DateMention? RelativeYearPart(Match match, DateOnly reference)
    {
        var months = profile.YearParts[Key(match.Groups["part"].Value)];
        var current = new DateOnly(reference.Year, ((reference.Month - 1) / months * months) + 1, 1);
        var start = current.AddMonths(months * ModifierOf(match));
        return Mentions.Range(match.Index, match.Length, start, start.AddMonths(months));
    }

    private DateMention? YearPart(Match match, DateOnly reference)
    {
        var months = match.Groups["part"].Success ? profile.YearParts[Key(match.Groups["part"].Value)] : 3;
        var count = 12 / months;
        int? index = match.Groups["qn"].Success ? Int(match.Groups["qn"])
            : match.Groups["last"].Success ? count
            : profile.Ordinals.TryGetValue(Key(match.Groups["o"].Value), out var ordinal) ? ordinal : null;
        if (index is not { } n || n < 1 || n > count)
        {
            return null;
        }

        var year = NamedYear(match, reference)
            ?? (match.Groups["gy"].Success ? reference.Year + profile.YearGenitives[Key(match.Groups["gy"].Value)] : reference.Year);
        var start = new DateOnly(year, ((n - 1) * months) + 1, 1);
        return Mentions.Range(match.Index, match.Length, start, start.AddMonths(months));
    }
}
