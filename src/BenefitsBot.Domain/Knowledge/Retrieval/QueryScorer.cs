using BenefitsBot.Domain.Knowledge.Text;

namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>
/// Scores a question against one language's index and normalizes by what a perfect match would score, so that words the
/// articles never use (weather, exchange rates) pull the score down: this makes the score comparable across questions.
/// </summary>
internal static class QueryScorer
{
    private const double UnknownLatinShare = 0.8;
    private const double UnknownHanShare = 0.25;

    /// <summary>How much of the score is the share of the question's words found in an entry's question (FAQ matching is mostly question to question).</summary>
    private const double QuestionShare = 0.4;

    /// <summary>How much the share of the entry's own question that the query matches scales the question part (0: not at all).</summary>
    private const double PrecisionWeight = 0.3;

    public static ScoredQuery Score(LanguageIndex index, string text) => Score(index, TextAnalyzer.Analyze(text, index.Language));

    public static ScoredQuery Score(LanguageIndex index, AnalyzedText analyzed)
    {
        var query = new List<QueryTerm>();
        var ideal = 0.0;
        var evidence = new WordEvidence(index);
        foreach (var term in analyzed.Terms)
        {
            var resolved = index.Resolve(term);
            var naming = analyzed.ConceptsNaming(term).Select(concept => concept.Token).Where(index.Contains).ToList();
            var unknownShare = TextNormalizer.IsHan(term[0]) ? UnknownHanShare : UnknownLatinShare;
            evidence.Add(term, resolved.Select(found => found.Term).Concat(naming), unknownShare / UnknownLatinShare);
            if (resolved.Count == 0)
            {
                // A word the glossary names with a concept the articles use is not unknown: the concept token stands for it.
                ideal += naming.Count > 0 ? 0 : index.MaxIdf * unknownShare;
                continue;
            }

            query.AddRange(resolved);
            ideal += resolved.Max(found => index.IdfOf(found.Term));
        }

        foreach (var concept in analyzed.Concepts.Where(concept => index.Contains(concept.Token)))
        {
            query.Add(new QueryTerm(concept.Token, concept.Weight));
            ideal += concept.Weight * index.IdfOf(concept.Token);
        }

        var raw = index.Score(query);
        var coverage = index.QuestionCoverage(query);
        var precision = index.QuestionPrecision(query);
        var perfect = ideal * RetrievalWeights.Saturate(RetrievalWeights.Of(IndexField.Question));
        var scores = raw.Select((score, i) => ideal > 0
            ? ((1 - QuestionShare) * score / perfect) + (QuestionShare * coverage[i] / ideal * (1 - PrecisionWeight + (PrecisionWeight * precision[i])))
            : 0).ToArray();
        return new ScoredQuery(index.Language, scores, Glossary.OutOfScopeTopics(analyzed.Concepts), analyzed.Terms.Count + analyzed.Concepts.Count,
            evidence.ExplainedWords, evidence.UnknownWords, evidence.UnknownShare);
    }
}
