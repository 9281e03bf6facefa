namespace BenefitsBot.Domain.Knowledge.Retrieval;

internal sealed partial class LanguageIndex
{
    private Dictionary<string, (int Document, int Unit)[]> unitPostings = [];
    private int[] unitStarts = [];
    private int unitCount;

    /// <summary>
    /// Per document, the idf mass of the query terms one of its phrasings contains: the question (native, translated or English)
    /// or one alternate phrasing, each alone. The union of all alternates would cover almost any question on the topic, off-topic
    /// near-misses included; and a question joined with an alternate lets half a match on each side (the question's "Partner
    /// Center", an alternate's "give a license") beat the entry a query restates.
    /// </summary>
    public double[] QuestionCoverage(IEnumerable<QueryTerm> query)
    {
        var perUnit = new double[unitCount];
        foreach (var (term, weight) in query.DistinctBy(found => found.Term))
        {
            if (unitPostings.TryGetValue(term, out var units))
            {
                foreach (var (_, unit) in units)
                {
                    perUnit[unit] += weight * idf[term];
                }
            }
        }

        var covered = new double[DocumentCount];
        for (var document = 0; document < DocumentCount; document++)
        {
            var end = document + 1 < DocumentCount ? unitStarts[document + 1] : unitCount;
            for (var unit = unitStarts[document]; unit < end; unit++)
            {
                covered[document] = Math.Max(covered[document], perUnit[unit]);
            }
        }

        return covered;
    }

    /// <summary>Numbers each document's question units: the question, then each alternate phrasing.</summary>
    private void IndexQuestionUnits(List<IReadOnlyDictionary<IndexField, FieldTerms>> documents)
    {
        var postings = new List<(string Term, int Document, int Unit)>();
        unitStarts = new int[documents.Count];
        var unit = 0;
        for (var document = 0; document < documents.Count; document++)
        {
            unitStarts[document] = unit;
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

        unitCount = unit;
        unitPostings = postings.GroupBy(posting => posting.Term, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(posting => (posting.Document, posting.Unit)).ToArray(), StringComparer.Ordinal);
    }
}
