namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>
/// An inverted index over documents of analyzed terms, scoring BM25 and idf-weighted cosine. Ours rather than a Lucene index:
/// the knowledge base is small and held in memory, and ranking needs per-document feature values, not one Lucene score.
/// </summary>
internal sealed class TermIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, Posting[]> postings;
    private readonly Dictionary<string, double> idf;
    private readonly double[] norms;

    public TermIndex(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        DocumentCount = documents.Count;
        var average = Math.Max(1.0, documents.Count == 0 ? 1 : documents.Average(document => document.Count));
        var lists = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            var lengthNorm = 1 - B + (B * documents[d].Count / average);
            frequencies.Clear();
            foreach (var term in documents[d])
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
            }

            foreach (var (term, frequency) in frequencies)
            {
                var list = lists.TryGetValue(term, out var found) ? found : lists[term] = [];
                list.Add(new Posting(d, (float)(frequency * (K1 + 1) / (frequency + (K1 * lengthNorm)))));
            }
        }

        postings = lists.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        idf = postings.ToDictionary(pair => pair.Key, pair => IdfOf(pair.Value.Length), StringComparer.Ordinal);
        MaxIdf = IdfOf(0);
        norms = new double[documents.Count];
        foreach (var (term, list) in postings)
        {
            var weight = idf[term] * idf[term];
            foreach (var posting in list)
            {
                norms[posting.Document] += weight;
            }
        }
    }

    public int DocumentCount { get; }

    /// <summary>The idf of a term no document has: what an unknown word costs.</summary>
    private double MaxIdf { get; }

    public IEnumerable<string> Terms => postings.Keys;

    public double Idf(string term) => idf.TryGetValue(term, out var value) ? value : MaxIdf;

    /// <summary>Adds each document's BM25 score for the distinct <paramref name="query"/> terms to <paramref name="scores"/>.</summary>
    public void AddBm25(IReadOnlyList<string> query, double[] scores)
    {
        foreach (var term in query)
        {
            if (postings.TryGetValue(term, out var list))
            {
                var weight = idf[term];
                foreach (var posting in list)
                {
                    scores[posting.Document] += weight * posting.Saturated;
                }
            }
        }
    }

    /// <summary>The highest BM25 score a document could give the query: every term present, saturated; unknown terms at the maximum idf.</summary>
    public double Bm25Ceiling(IReadOnlyList<string> query) => query.Sum(term => Idf(term) * (K1 + 1));

    /// <summary>Cosine of idf-weighted term sets between the query and each document (unknown query terms count in the query's norm).</summary>
    public void Cosine(IReadOnlyList<string> query, double[] into)
    {
        var queryNorm = 0.0;
        foreach (var term in query)
        {
            var weight = Idf(term);
            queryNorm += weight * weight;
            if (postings.TryGetValue(term, out var list))
            {
                foreach (var posting in list)
                {
                    into[posting.Document] += weight * weight;
                }
            }
        }

        for (var d = 0; d < into.Length; d++)
        {
            if (into[d] > 0)
            {
                into[d] /= Math.Sqrt(queryNorm * norms[d]);
            }
        }
    }

    /// <summary>The documents that contain <paramref name="term"/>.</summary>
    public IEnumerable<int> DocumentsWith(string term) => postings.TryGetValue(term, out var list) ? list.Select(posting => posting.Document) : [];

    private double IdfOf(int frequency) => Math.Log(1 + ((DocumentCount - frequency + 0.5) / (frequency + 0.5)));

    private readonly record struct Posting(int Document, float Saturated);
}
