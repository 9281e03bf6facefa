namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>
/// Counts, per document, the question's distinct words it contains in some form (the word, a resolved spelling or a concept
/// naming it), and the words no document contains: an off-topic question that shares one word with an entry ("register a
/// domain for our tenant") is one explained word beside words the knowledge base never uses.
/// </summary>
internal sealed class WordEvidence(LanguageIndex index)
{
    private readonly Dictionary<string, HashSet<int>> documentsByWord = new(StringComparer.Ordinal);

    private double unknownWeight;

    public int UnknownWords { get; private set; }

    /// <summary>The weighted share of the question's distinct words that no document contains.</summary>
    public double UnknownShare => documentsByWord.Count == 0 ? 0 : unknownWeight / documentsByWord.Count;

    /// <param name="weight">How much the word counts in <see cref="UnknownShare"/> when no document has it.</param>
    public void Add(string word, IEnumerable<string> forms, double weight)
    {
        var documents = forms.SelectMany(index.DocumentsWith).ToHashSet();
        if (documentsByWord.TryGetValue(word, out var known))
        {
            known.UnionWith(documents);
            return;
        }

        documentsByWord[word] = documents;
        if (documents.Count == 0)
        {
            UnknownWords++;
            unknownWeight += weight;
        }
    }

    public int[] ExplainedWords()
    {
        var explained = new int[index.DocumentCount];
        foreach (var document in documentsByWord.Values.SelectMany(documents => documents))
        {
            explained[document]++;
        }

        return explained;
    }
}
