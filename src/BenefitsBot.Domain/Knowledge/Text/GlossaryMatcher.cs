namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Finds glossary phrases in normalized text. Short phrases must be whole words; longer ones may start or sit inside a compound (guldkompetensen).</summary>
internal sealed class GlossaryMatcher
{
    private const int WholeWordUpTo = 3;
    private const int InsideWordFrom = 6;
    private readonly Dictionary<string, List<(Concept Concept, string Phrase)>> byFirstTwo;

    public GlossaryMatcher(IEnumerable<Concept> concepts) =>
        byFirstTwo = concepts
            .SelectMany(concept => concept.Phrases.Select(phrase => (Concept: concept, Phrase: TextNormalizer.Normalize(phrase))))
            .Where(pair => pair.Phrase.Length >= 2)
            .GroupBy(pair => pair.Phrase[..2], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);

    public static GlossaryMatcher Default { get; } = new(Glossary.Concepts);

    /// <summary>One pass over the text: at each position only the phrases starting with the next two characters are compared.</summary>
    public IEnumerable<Concept> Find(string normalized) => FindPhrases(normalized).Select(match => match.Concept).Distinct();

    /// <summary>Every concept found with the (normalized) phrases that named it.</summary>
    public IReadOnlyList<(Concept Concept, string Phrase)> FindPhrases(string normalized)
    {
        var found = new List<(Concept Concept, string Phrase)>();
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            if (!byFirstTwo.TryGetValue(normalized.Substring(i, 2), out var candidates))
            {
                continue;
            }

            foreach (var (concept, phrase) in candidates)
            {
                if (string.CompareOrdinal(normalized, i, phrase, 0, phrase.Length) == 0 && Bounded(normalized, i, phrase))
                {
                    found.Add((concept, phrase));
                }
            }
        }

        return found;
    }

    private static bool Bounded(string text, int index, string phrase)
    {
        if (phrase.Any(TextNormalizer.IsHan))
        {
            return true;
        }

        var startsWord = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
        var end = index + phrase.Length;
        var endsWord = end >= text.Length || !char.IsLetterOrDigit(text[end]);
        return phrase.Length <= WholeWordUpTo ? startsWord && endsWord : startsWord || phrase.Length >= InsideWordFrom;
    }
}
