using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>"between Jan 2019 and now", "from 2010-01-01 till current date", "between now and November 15th": today is one end.</summary>
    private IEnumerable<PatternRule> NowRangeRules(string open, string join)
    {
        var now = $"(?:{profile.Now})";
        foreach (var end in AbsoluteEnds())
        {
            yield return PatternRule.Create($@"{open}(?<end>{end}){join}{now}", (m, r) => NowRange(m, r, endIsFirst: true), PatternAnchor.Now);
            yield return PatternRule.Create($@"{open}{now}{join}(?<end>{end})", (m, r) => NowRange(m, r, endIsFirst: false), PatternAnchor.Now);
        }
    }

    /// <summary>The date forms a "now" range may end on: a month name alone or with a day or year, numeric and ISO dates.</summary>
    private IEnumerable<string> AbsoluteEnds()
    {
        var names = PatternRule.Alternation(profile.Months.Keys) + @"\.?";
        yield return $@"\d{{1,2}}(?:{profile.OrdinalSuffix})?(?:\s+(?:{profile.Of}))?[\s/.-]*{names}(?:[\s,/.-]*\d{{4}})?";
        yield return $@"{names}[\s/.-]*(?:(?:{profile.Article})\s+)?\d{{1,2}}(?:{profile.OrdinalSuffix})?(?:,?\s*\d{{4}})?";
        yield return $@"{names}(?:[\s,/-]*\d{{4}})?";
        yield return @"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}";
    }

    private DateMention? NowRange(Match match, DateOnly reference, bool endIsFirst)
    {
        var group = match.Groups["end"];
        var inner = rules.SelectMany(rule => rule.FindAll(group.Value, reference))
            .Where(m => m.Start == 0 && m.Length == group.Length && m.Kind != DateMentionKind.Duration).FirstOrDefault();
        if (!JoinAllowed(match) || inner is null || Mentions.FirstDay(inner) is not { } day)
        {
            return null;
        }

        var (from, to) = endIsFirst ? (day, reference) : (reference, day);
        if (!endIsFirst && to <= from && !HasYear(group.Value))
        {
            to = to.AddYears(1);
        }

        return to > from ? Mentions.Range(match.Index, match.Length, from, to) : null;
    }
}
