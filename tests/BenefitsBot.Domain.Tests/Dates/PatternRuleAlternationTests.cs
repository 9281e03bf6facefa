using System.Text.RegularExpressions;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// <see cref="PatternRule.Alternation"/> is written as a tree of shared prefixes for speed; it must match exactly what a flat
/// longest-first list of the same words matches, for every word list a profile builds patterns from.
/// </summary>
public sealed class PatternRuleAlternationTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static TheoryData<string> Languages => ["en", "sv", "nl"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Alternation_ProfileWordLists_MatchAsTheFlatLongestFirstList(string language)
    {
        var profile = language switch
        {
            "en" => LanguageProfiles.English(monthFirst: true),
            "sv" => LanguageProfiles.Swedish(),
            _ => LanguageProfiles.Dutch(),
        };
        IEnumerable<string>[] lists = [profile.Cardinals.Keys, profile.Ordinals.Keys, profile.Months.Keys, profile.Weekdays.Keys, profile.Units.Keys, profile.PeriodModifiers.Keys];
        var differences = new List<string>();
        foreach (var words in lists.Select(list => list.ToList()))
        {
            var tree = new Regex(PatternRule.Left + PatternRule.Alternation(words) + PatternRule.Right, Options);
            var flat = new Regex(PatternRule.Left + Flat(words) + PatternRule.Right, Options);
            // every word alone, glued to the next, with its spaces doubled and in upper case, and every pair of words in a row
            var texts = words.SelectMany(w => new[] { w, w + words[0], w.Replace(" ", "  ", StringComparison.Ordinal), w.ToUpperInvariant() })
                .Concat(words.Zip(words.Skip(1), (a, b) => $"{a} {b}, {b}-{a}"));
            differences.AddRange(texts.Where(t => Spans(tree, t) != Spans(flat, t)).Select(t => $"\"{t}\": {Spans(tree, t)} vs {Spans(flat, t)}"));
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(10)));
    }

    [Fact]
    public void Alternation_WordAndItsPrefixes_LongestWins()
    {
        var pattern = new Regex(PatternRule.Alternation(["sep", "september", "sept"]), Options);

        Assert.Equal("September", pattern.Match("on September 3").Value);
    }

    [Fact]
    public void Alternation_EmptyWord_MatchesEmptyAfterTheOthers()
    {
        var pattern = new Regex("^" + PatternRule.Alternation(["", "ab"]) + "$", Options);

        Assert.True(pattern.IsMatch("") && pattern.IsMatch("ab") && !pattern.IsMatch("a"));
    }

    [Fact]
    public void Alternation_SpaceInWord_MatchesAnyRunOfWhiteSpace()
    {
        var pattern = new Regex("^" + PatternRule.Alternation(["a couple of", "a"]) + "$", Options);

        Assert.Matches(pattern, "a \t couple\nof");
    }

    /// <summary>The alternation as it was written before the tree: every word, longest first.</summary>
    private static string Flat(IEnumerable<string> words) =>
        "(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + ")";

    private static string Spans(Regex pattern, string text) => string.Join(',', pattern.Matches(text).Select(m => $"{m.Index}+{m.Length}"));
}
