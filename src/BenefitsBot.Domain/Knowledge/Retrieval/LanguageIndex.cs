namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>A BM25F index of every entry's document in one language (native text, or lexicon translation where the articles lack the language).</summary>
internal sealed partial class LanguageIndex
{
    private readonly Dictionary<string, (int Document, double Saturated)[]> postings;
    private readonly Dictionary<string, double> idf;

    public LanguageIndex(string language, IReadOnlyList<IReadOnlyDictionary<IndexField, FieldTerms>> documents)
    {
        Language = language;
        DocumentCount = documents.Count;
        var decomposed = Decompose(language, documents);
        var averages = Enum.GetValues<IndexField>().ToDictionary(
            field => field,
            field => Math.Max(1.0, decomposed.Average(document => document.TryGetValue(field, out var terms) ? terms.Terms.Count : 0)));
        var frequencies = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        for (var index = 0; index < decomposed.Count; index++)
        {
            foreach (var (field, terms) in decomposed[index])
            {
                var norm = 1 - RetrievalWeights.B + (RetrievalWeights.B * terms.Terms.Count / averages[field]);
                var weight = RetrievalWeights.Of(field) * terms.Factor / norm;
                foreach (var term in terms.Terms)
                {
                    var perDocument = frequencies.TryGetValue(term, out var found) ? found : frequencies[term] = [];
                    perDocument[index] = perDocument.GetValueOrDefault(index) + weight;
                }
            }
        }

        IndexQuestionUnits(decomposed);
        postings = frequencies.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(posting => (posting.Key, RetrievalWeights.Saturate(posting.Value))).ToArray(),
            StringComparer.Ordinal);
        idf = postings.ToDictionary(pair => pair.Key, pair => Idf(pair.Value.Length), StringComparer.Ordinal);
        MaxIdf = Idf(0);
        vocabulary = [.. postings.Keys.Where(term => !term.StartsWith('~')).Order(StringComparer.Ordinal)];
        deletions = BuildDeletions(vocabulary);
        IndexQuestionMass(decomposed);
    }

    public string Language { get; }

    public int DocumentCount { get; }

    /// <summary>The idf of a term no document has: what an unknown word in a question costs.</summary>
    public double MaxIdf { get; }

    public bool Contains(string term) => postings.ContainsKey(term);

    public double IdfOf(string term) => idf.TryGetValue(term, out var value) ? value : MaxIdf;

    /// <summary>BM25F score of every document for the query terms.</summary>
    public double[] Score(IEnumerable<QueryTerm> query)
    {
        var scores = new double[DocumentCount];
        foreach (var (term, weight) in query)
        {
            if (postings.TryGetValue(term, out var list))
            {
                var termWeight = weight * idf[term];
                foreach (var (document, saturated) in list)
                {
                    scores[document] += termWeight * saturated;
                }
            }
        }

        return scores;
    }

    /// <summary>The documents that contain a term.</summary>
    public IEnumerable<int> DocumentsWith(string term) => postings.TryGetValue(term, out var list) ? list.Select(posting => posting.Document) : [];

    /// <summary>How many documents contain a term (0 if none).</summary>
    public int DocumentFrequency(string term) => postings.TryGetValue(term, out var list) ? list.Length : 0;

    private double Idf(int documentFrequency) => Math.Log(1 + ((DocumentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
