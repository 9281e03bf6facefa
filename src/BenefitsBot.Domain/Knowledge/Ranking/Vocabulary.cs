namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>
/// The words a knowledge base uses in one language, with every known word's one-letter deletions, so a typo (a letter dropped,
/// added, changed, or two swapped) of a known word is known too: symmetric deletion, a hash lookup per letter of the word.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>Words this long or longer match a known word one edit away; shorter ones must match exactly.</summary>
    private const int TypoMinLength = 5;

    private readonly HashSet<string> words;
    private readonly HashSet<string> deletions;

    public Vocabulary(IEnumerable<string> terms)
    {
        words = new HashSet<string>(terms, StringComparer.Ordinal);
        deletions = [.. words.Where(term => term.Length >= TypoMinLength && !term.StartsWith('~')).SelectMany(Deletions)];
    }

    public bool Contains(string term) => words.Contains(term);

    public bool ContainsTypoOf(string word) =>
        word.Length >= TypoMinLength && (deletions.Contains(word) || Deletions(word).Any(deletion => words.Contains(deletion) || deletions.Contains(deletion)));

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
