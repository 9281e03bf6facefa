using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// Counts with a half: "half a year ago", "a month and a half ago", "in two and a half weeks", "ett och ett halvt år sedan",
    /// "om halvannan månad", "anderhalve maand geleden", "tweeënhalve week geleden", "1,5 jaar geleden"; as a day when told from
    /// today, else a duration. The half is <see cref="DateUnitExtensions.Half"/>.
    /// </summary>
    private IEnumerable<PatternRule> HalfRules()
    {
        var halved = $@"(?:(?:{profile.HalfA})\s+|{number}(?:{profile.AndAHalf})\s+|(?<one>{profile.OneAndAHalf})\s+|(?<![-/.,\d])(?<n>\d{{1,2}})[.,]5\s*){unit}"
            + $@"|{number}\s+{unit}\s+(?:{profile.UnitAndAHalf})";
        yield return PatternRule.Create($@"(?:(?:{profile.PastPrefix})\s+)?(?:{halved})\s+(?:{profile.PastSuffix})", (m, r) => HalfOffset(m, r, -1), PatternAnchor.Unit);
        yield return PatternRule.Create($@"(?:{profile.FuturePrefix})\s+(?:{halved})(?:\s+(?:{profile.FutureSuffix}))?|(?:{halved})\s+(?:{profile.FutureSuffix})", (m, r) => HalfOffset(m, r, 1), PatternAnchor.Unit);
        yield return PatternRule.Create(halved, (m, _) => HalfSpan(m) is { } span ? Mentions.Duration(m.Index, m.Length, span) : null, PatternAnchor.Unit);
    }

    private DateMention? HalfOffset(Match match, DateOnly reference, int sign) =>
        HalfSpan(match) is { } span ? Mentions.Day(match.Index, match.Length, Calendar.Add(reference, span, sign)) : null;

    /// <summary>The whole units (none for "half a", one for "anderhalve") and a half; null for half a day, which is no date.</summary>
    private DateSpan? HalfSpan(Match match)
    {
        var whole = match.Groups["n"].Success ? Number(match.Groups["n"]) : match.Groups["one"].Success ? 1 : 0;
        var unit = UnitOf(match);
        return whole is { } n && (unit != DateUnit.Day || n > 0) ? unit.TimesAndHalf(n) : null;
    }
}
