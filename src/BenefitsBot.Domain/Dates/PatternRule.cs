using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// One compiled pattern and how a match resolves against the reference day (null when the match is not a real date, e.g. 31/02);
/// <paramref name="Anchors"/> is what the pattern cannot match without, so a text without it skips the pass.
/// </summary>
internal sealed record PatternRule(Regex Pattern, Func<Match, DateOnly, DateMention?> Resolve, PatternAnchor Anchors = PatternAnchor.None)
{
    /// <summary>Not a letter or digit on either side, so "mar" never matches inside "market" and 2020 never inside 120201.</summary>
    public const string Left = @"(?<![\p{L}\p{N}])";

    public const string Right = @"(?![\p{L}\p{N}])";

    public static PatternRule Create(string pattern, Func<Match, DateOnly, DateMention?> resolve, PatternAnchor anchors = PatternAnchor.None) =>
        new(new Regex(Left + "(?:" + pattern + ")" + Right, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)), resolve, anchors);

    /// <summary>Whether a text holding <paramref name="present"/> may match: it holds every anchor of the rule.</summary>
    public bool MayMatch(PatternAnchor present) => (Anchors & ~present) == 0;

    public IEnumerable<DateMention> FindAll(string text, DateOnly reference)
    {
        foreach (Match match in Pattern.Matches(text))
        {
            if (Resolve(match, reference) is { } mention)
            {
                yield return mention;
            }
        }
    }

    /// <summary>Alternation of words, longest first so "sept" wins over "sep"; spaces match any run of white space.</summary>
    public static string Alternation(IEnumerable<string> words) =>
        "(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + ")";
}
