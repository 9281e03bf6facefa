namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Finds glossary phrases in normalized text. Short phrases must be whole words; longer ones may start or sit inside a compound (guldkompetensen).</summary>
internal sealed class GlossaryMatcher
{
    private const int WholeWordUpTo = 3;
    private const int InsideWordFrom = 6;
    private readonly List<(Concept Concept, string Phrase)> phrases;

    public GlossaryMatcher(IEnumerable<Concept> concepts) =>
        phrases = [.. concepts.SelectMany(concept => concept.Phrases.Select(phrase => (concept, TextNormalizer.Normalize(phrase))))];

    public static GlossaryMatcher Default { get; } = new(Glossary.Concepts);

    public IEnumerable<Concept> Find(string normalized)
    {
        var found = new HashSet<Concept>();
        foreach (var (concept, phrase) in phrases)
        {
            if (!found.Contains(concept) && Occurs(normalized, phrase))
            {
                found.Add(concept);
            }
        }

        return found;
    }

    private static bool Occurs(string text, string phrase)
    {
        var han = phrase.Any(TextNormalizer.IsHan);
        for (var index = text.IndexOf(phrase, StringComparison.Ordinal); index >= 0; index = text.IndexOf(phrase, index + 1, StringComparison.Ordinal))
        {
            if (han)
            {
                return true;
            }

            var startsWord = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var end = index + phrase.Length;
            var endsWord = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (phrase.Length <= WholeWordUpTo ? startsWord && endsWord : startsWord || phrase.Length >= InsideWordFrom)
            {
                return true;
            }
        }

        return false;
    }
}
