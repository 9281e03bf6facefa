namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>
/// A multinomial naive Bayes classifier over each entry's phrasings in one language (Laplace smoothing, uniform prior): how
/// likely the question's words are under each entry's phrasings, as a posterior over the entries. The classic intent classifier
/// for many short examples per intent; a few lines over counts the ranker has at hand.
/// </summary>
internal sealed class PhrasingBayes
{
    private const double Smoothing = 0.5;

    private readonly Dictionary<string, (int Entry, int Count)[]> counts;
    private readonly double[] denominators;

    public PhrasingBayes(IReadOnlyList<EntryDocuments> entries)
    {
        var lists = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var lengths = new int[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var term in entries[e].Phrasings.SelectMany(terms => terms))
            {
                var perEntry = lists.TryGetValue(term, out var found) ? found : lists[term] = [];
                perEntry[e] = perEntry.GetValueOrDefault(e) + 1;
                lengths[e]++;
            }
        }

        counts = lists.ToDictionary(pair => pair.Key, pair => pair.Value.Select(kv => (kv.Key, kv.Value)).ToArray(), StringComparer.Ordinal);
        denominators = [.. lengths.Select(length => length + (Smoothing * Math.Max(1, lists.Count)))];
    }

    /// <summary>The posterior of each entry given the question's known terms (entries without phrasings get none).</summary>
    public void Posterior(IReadOnlyList<string> terms, double[] into)
    {
        var known = terms.Where(counts.ContainsKey).ToList();
        if (known.Count == 0)
        {
            return;
        }

        var logs = new double[into.Length];
        for (var e = 0; e < logs.Length; e++)
        {
            logs[e] = known.Count * Math.Log(Smoothing / denominators[e]);
        }

        foreach (var term in known)
        {
            foreach (var (entry, count) in counts[term])
            {
                logs[entry] += Math.Log((count + Smoothing) / Smoothing);
            }
        }

        EntryRanking.Softmax(logs).CopyTo(into, 0);
    }
}
