using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

internal sealed partial class WesternRecognizer
{
    /// <summary>
    /// A day moved by a period or a count: "this time last year", "today last year", "samma dag förra året", "rond deze tijd vorig
    /// jaar" (the same day one period back); "i dag för ett år sedan", "vandaag een jaar geleden", "a week ago yesterday" (the count
    /// taken from that day). Without this the day word and the period are read apart, and "last year" is the whole year.
    /// </summary>
    private IEnumerable<PatternRule> SameDayRules()
    {
        var periodUnit = PeriodUnit();
        var today = PatternRule.Alternation(profile.DayWords.Where(w => w.Value == 0).Select(w => w.Key));
        var dayWord = "(?<dw>" + PatternRule.Alternation(profile.DayWords.Keys) + ")";
        var otherDay = "(?<dw>" + PatternRule.Alternation(profile.DayWords.Where(w => w.Value != 0).Select(w => w.Key)) + ")";
        var period = $@"(?:(?:{profile.Of})\s+)?{periodModifier}\s+{periodUnit}";
        var sameDay = $@"(?:(?:{profile.SameDay})|{today})";
        // The day first and no comma between: in "I renewed today, last year I did not" each stands alone, and "last week this time"
        // is the week (upstream's English and Dutch specs).
        yield return PatternRule.Create($@"{sameDay}\s+{period}", SameDayInPeriod, PatternAnchor.Unit);
        // "today" after a count adds nothing to its day and stays the day asked about ("bought it 30 days ago today, can I ...").
        var ago = $@"(?:(?:{profile.PastPrefix})\s+)?{number}\s+{unit}\s+(?:{profile.PastSuffix})";
        yield return PatternRule.Create($@"{ago}\s+(?:(?:on|op|på)\s+)?(?:(?:{profile.SameDay})|{otherDay})|{dayWord}\s+{ago}", CountedFromDayWord, PatternAnchor.Unit);
    }

    /// <summary>The reference day moved by whole periods ("last year" one year back); "this year" moves nothing and is no match.</summary>
    private DateMention? SameDayInPeriod(Match match, DateOnly reference) =>
        ModifierOf(match) is var offset && offset != 0
            ? Mentions.Day(match.Index, match.Length, Calendar.Add(reference, UnitOf(match).Times(Math.Abs(offset)), Math.Sign(offset)))
            : null;

    /// <summary>The day word's day ("today" when the day is told as "the same day") moved back by the count.</summary>
    private DateMention? CountedFromDayWord(Match match, DateOnly reference)
    {
        var day = match.Groups["dw"].Success ? reference.AddDays(profile.DayWords[Key(match.Groups["dw"].Value)]) : reference;
        return Number(match.Groups["n"]) is { } n ? Mentions.Day(match.Index, match.Length, Calendar.Add(day, UnitOf(match).Times(n), -1)) : null;
    }
}
