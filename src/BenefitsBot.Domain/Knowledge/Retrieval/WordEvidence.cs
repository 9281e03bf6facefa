namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>
/// Counts, per document, the question's distinct words it contains in some form (the word, a resolved spelling or a concept
/// naming it), and the words no document contains: an off-topic question that shares one word with an entry ("register a
/// domain for our tenant") is one explained word beside words the knowledge base never uses.
/// </summary>
internal sealed class WordEvidence(LanguageIndex index)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>Per document, the number of the last word counted for it: a word's forms often share documents.</summary>
    private readonly int[] lastWord = new int[index.DocumentCount];
    private double unknownWeight;

    public int[] ExplainedWords { get; } = new int[index.DocumentCount];

    public int UnknownWords { get; private set; }

    /// <summary>The weighted share of the question's distinct words that no document contains.</summary>
    public double UnknownShare => seen.Count == 0 ? 0 : unknownWeight / seen.Count;

    /// <param name="weight">How much the word counts in <see cref="UnknownShare"/> when no document has it.</param>
    public void Add(string word, IEnumerable<string> forms, double weight)
    {
        if (!seen.Add(word))
        {
            return;
        }

        var explained = false;
        foreach (var document in forms.SelectMany(index.DocumentsWith))
        {
            explained = true;
            if (lastWord[document] != seen.Count)
            {
                lastWord[document] = seen.Count;
                ExplainedWords[document]++;
            }
        }

        if (!explained)
        {
            UnknownWords++;
            unknownWeight += weight;
        }
    }
}
