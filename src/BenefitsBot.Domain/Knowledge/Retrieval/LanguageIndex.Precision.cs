namespace BenefitsBot.Domain.Knowledge.Retrieval;

internal sealed partial class LanguageIndex
{
    private Dictionary<string, int[]> ownQuestionPostings = [];
    private double[] questionMass = [];

    /// <summary>
    /// Per document, the share of its own question's idf mass that the query matches: a long question that shares a word or two
    /// with the query (a merger question mentioning "keep" and "competency") must not beat a short one the query restates.
    /// </summary>
    public double[] QuestionPrecision(IEnumerable<QueryTerm> query)
    {
        var matched = new double[DocumentCount];
        foreach (var (term, weight) in query.GroupBy(found => found.Term, StringComparer.Ordinal).Select(group => (group.Key, group.Max(found => found.Weight))))
        {
            if (ownQuestionPostings.TryGetValue(term, out var documents))
            {
                foreach (var document in documents)
                {
                    matched[document] += weight * idf[term];
                }
            }
        }

        for (var document = 0; document < matched.Length; document++)
        {
            matched[document] = questionMass[document] > 0 ? Math.Min(1.0, matched[document] / questionMass[document]) : 0;
        }

        return matched;
    }

    private void IndexQuestionMass(IReadOnlyList<IReadOnlyDictionary<IndexField, FieldTerms>> documents)
    {
        var terms = documents.Select(document => document.TryGetValue(IndexField.Question, out var field)
            ? field.Terms.Distinct(StringComparer.Ordinal).ToArray() : []).ToArray();
        questionMass = [.. terms.Select(list => list.Sum(IdfOf))];
        ownQuestionPostings = terms.SelectMany((list, document) => list.Select(term => (term, document)))
            .GroupBy(pair => pair.term, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.document).ToArray(), StringComparer.Ordinal);
    }
}
