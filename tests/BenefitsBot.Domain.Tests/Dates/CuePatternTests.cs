using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary><see cref="CuePattern"/> matches part by part exactly what the alternation of its parts matches.</summary>
public sealed class CuePatternTests
{
    private static readonly string[] Parts = [@"\bab", "abc", "c", @"\bend of\b", @"(?<=x)y?", "d+"];

    [Theory]
    [InlineData("xabcx c")]
    [InlineData("abc abcd ddd end of end off")]
    [InlineData("xyxy cab dd")]
    [InlineData("")]
    [InlineData("no cue here")]
    public void Matches_OverlappingTiedAndEmptyParts_SameAsAlternation(string text)
    {
        var alternation = new Regex(string.Join('|', Parts.Select(p => "(?:" + p + ")")));
        var cues = new CuePattern([.. Parts.Select(p => new CuePart(new Regex(p)))]);

        Assert.Equal(
            alternation.Matches(text).Select(m => (m.Index, m.Value)),
            cues.Matches(text).Select(m => (m.Index, m.Value)));
    }

    [Theory]
    [InlineData("easter monday and easter", 18)]
    [InlineData("boxing day", 0)]
    [InlineData("easter monday", -1)]
    public void Match_RefusedWhereNotAtMatches_NextMatchOrNone(string text, int expected)
    {
        // as the lookahead "(?!easter monday\b)(?:easter|boxing day)" would: a refused start is skipped, a later one still found
        var part = new CuePart(new Regex("easter|boxing day", RegexOptions.NonBacktracking), new Regex(@"\Geaster monday\b"));

        var match = part.Match(text, 0);

        Assert.Equal(expected, match.Success ? match.Index : -1);
    }

    [Theory]
    [InlineData("en", "we bought it in late March", true)]
    [InlineData("en", "earlier this year we redeemed it", true)]
    [InlineData("en", "it expires at the end of next month", true)]
    [InlineData("en", "am I too late to renew?", false)]
    [InlineData("en", "we paid later than planned, is that ok?", false)]
    [InlineData("en", "can we pay for the new year in one go?", false)]
    [InlineData("nl", "gekocht eind maart", true)]
    [InlineData("nl", "later dit jaar verlengen", true)]
    [InlineData("nl", "ben ik te laat om te verlengen?", false)]
    [InlineData("nl", "we hebben eerder betaald", false)]
    public void Matches_PeriodPrefixWithOrWithoutItsPeriod_CuesOnlyWithThePeriod(string language, string text, bool cued)
    {
        var cue = language == "en" ? OfficialCues.English() : OfficialCues.Dutch();

        Assert.Equal(cued, cue.Matches(text).Any(m => m.Length > 0));
    }
}
