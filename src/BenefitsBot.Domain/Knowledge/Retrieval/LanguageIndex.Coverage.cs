namespace BenefitsBot.Domain.Knowledge.Retrieval;

internal sealed partial class LanguageIndex
{
    [ThreadStatic]
    private static double[]? unitScratch;
    private Dictionary<string, (int Document, int Unit)[]> unitPostings = [];
    private int[] unitDocument = [];

    /// <summary>
    /// Per document, the idf mass of the query terms one of its phrasings contains: the question (native, translated or English)
    /// or one alternate phrasing, each alone. The union of all alternates would cover almost any question on the topic, off-topic
    /// near-misses included; and a question joined with an alternate lets half a match on each side (the question's "Partner
    /// Center", an alternate's "give a license") beat the entry a query restates.
    /// </summary>
    public double[] QuestionCoverage(IEnumerable<QueryTerm> query)
    {
        // Only the units a query term occurs in are visited, in a per-thread buffer: a 10,000-entry base has a quarter of a
        // million units, too many to allocate and scan for every question.
        var perUnit = unitScratch is { } buffer && buffer.Length >= unitDocument.Length ? buffer : unitScratch = new double[unitDocument.Length];
        var touched = new List<int>();
        foreach (var (term, weight) in query.DistinctBy(found => found.Term))
        {
            if (unitPostings.TryGetValue(term, out var units))
            {
                foreach (var (_, unit) in units)
                {
                    if (perUnit[unit] == 0)
                    {
                        touched.Add(unit);
                    }

                    perUnit[unit] += weight * idf[term];
                }
            }
        }

        var covered = new double[DocumentCount];
        foreach (var unit in touched)
        {
            covered[unitDocument[unit]] = Math.Max(covered[unitDocument[unit]], perUnit[unit]);
            perUnit[unit] = 0;
        }

        return covered;
    }

    /// <summary>Numbers each document's question units: the question, then each alternate phrasing.</summary>
    private void IndexQuestionUnits(List<IReadOnlyDictionary<IndexField, FieldTerms>> documents)
    {
        var postings = new List<(string Term, int Document, int Unit)>();
        var unit = 0;
        for (var document = 0; document < documents.Count; document++)
        {
            var question = new[] { IndexField.Question, IndexField.EnglishQuestion }
                .SelectMany(field => documents[document].TryGetValue(field, out var terms) ? terms.Terms : [])
                .ToHashSet(StringComparer.Ordinal);
            var phrasings = documents[document].TryGetValue(IndexField.Alternate, out var alternates) ? alternates.Phrasings ?? [] : [];
            foreach (var terms in phrasings.Select(terms => terms.ToHashSet(StringComparer.Ordinal)).Prepend(question))
            {
                postings.AddRange(terms.Select(term => (term, document, unit)));
                unit++;
            }
        }

        unitDocument = new int[unit];
        foreach (var (_, document, numbered) in postings)
        {
            unitDocument[numbered] = document;
        }

        unitPostings = postings.GroupBy(posting => posting.Term, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(posting => (posting.Document, posting.Unit)).ToArray(), StringComparer.Ordinal);
    }
}
