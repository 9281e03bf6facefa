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

    /// <summary>
    /// Alternation of words in which a longer word wins over its prefix ("sept" over "sep"); spaces match any run of white space.
    /// Written as a tree of shared prefixes ("twenty(?:\s+(?:one|two…)|-(?:one|two…))?"), longer continuations first: it matches
    /// what the flat longest-first list matches, in the same order of tries, but a position tries each first letter once instead of
    /// once per word (the English cardinals are 200 words; as a flat list they were most of a long message's time).
    /// </summary>
    public static string Alternation(IEnumerable<string> words)
    {
        var root = new PrefixNode();
        foreach (var word in words)
        {
            var node = root;
            foreach (var token in Tokens(word))
            {
                node = node.Child(token);
            }

            node.Ends = true;
        }

        var pattern = new System.Text.StringBuilder("(?:");
        root.Write(pattern);
        return pattern.Append(root.Ends ? "|)" : ")").ToString();
    }

    /// <summary>A word's pieces as the pattern matches them: a run of spaces is one <c>\s+</c>, any other character itself, escaped.</summary>
    private static IEnumerable<string> Tokens(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == ' ')
            {
                while (i + 1 < word.Length && word[i + 1] == ' ')
                {
                    i++;
                }

                yield return @"\s+";
            }
            else
            {
                yield return Regex.Escape(word[i].ToString());
            }
        }
    }

    private sealed class PrefixNode
    {
        private readonly List<(string Token, PrefixNode Node)> children = [];

        public bool Ends { get; set; }

        /// <summary>The longest word below this node, in tokens: children are tried longest first, as the flat list tried words.</summary>
        private int Depth => depth ??= children.Count == 0 ? 0 : 1 + children.Max(c => c.Node.Depth);

        private int? depth;

        public PrefixNode Child(string token)
        {
            foreach (var (known, node) in children)
            {
                if (known == token)
                {
                    return node;
                }
            }

            var child = new PrefixNode();
            children.Add((token, child));
            return child;
        }

        /// <summary>The alternation below this node; the word ending here is tried last (the group is optional), so a longer word wins.</summary>
        public void Write(System.Text.StringBuilder pattern)
        {
            var ordered = children.OrderByDescending(c => c.Node.Depth).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var (token, node) = ordered[i];
                pattern.Append(i == 0 ? "" : "|").Append(token);
                for (; node.children.Count == 1 && !node.Ends; node = node.children[0].Node)
                {
                    pattern.Append(node.children[0].Token);
                }

                if (node.children.Count == 0)
                {
                    continue;
                }

                pattern.Append("(?:");
                node.Write(pattern);
                pattern.Append(node.Ends ? ")?" : ")");
            }
        }
    }
}
