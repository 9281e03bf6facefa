using BenefitsBot.Domain.Knowledge.Analysis;

namespace BenefitsBot.Domain.Knowledge.Ranking;

/// <summary>
/// Ranks the knowledge base's entries for a question in any of the four languages: per language, the features of
/// <see cref="LanguageRanker"/> weighed by <see cref="RankerWeights"/>, turned into a probability over the entries (softmax).
/// </summary>
internal sealed class KnowledgeRanker
{
    private readonly Dictionary<string, LanguageRanker> languages;
    private readonly RankerWeights weights;

    private KnowledgeRanker(Dictionary<string, LanguageRanker> languages, RankerWeights weights)
    {
        this.languages = languages;
        this.weights = weights;
    }

    /// <param name="includeAlternate">Which alternates to index (entry index, language, ordinal within the entry's list); all when null. Training holds some out.</param>
    public static KnowledgeRanker Build(KnowledgeBase knowledgeBase, RankerWeights weights, Func<int, string, int, bool>? includeAlternate = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var entries = knowledgeBase.Entries;
        var englishDocuments = new IReadOnlyList<string>[entries.Count];
        var englishQuestions = new IReadOnlyList<string>[entries.Count];
        var englishAnswers = new IReadOnlyList<string>[entries.Count];
        // Text analysis is most of the build; entries are independent and Lucene's analyzers keep a token stream per thread.
        Parallel.For(0, entries.Count, e =>
        {
            var text = entries[e].Text(FaqLanguages.English) ?? entries[e].Texts.Values.First();
            englishQuestions[e] = TermAnalyzer.Terms(text.Question, FaqLanguages.English);
            englishAnswers[e] = TermAnalyzer.Terms(text.AnswerText, FaqLanguages.English);
            englishDocuments[e] = [.. englishQuestions[e], .. englishAnswers[e]];
        });

        var english = new TermIndex(englishDocuments);
        var englishVocabulary = new Vocabulary(english.Terms);
        var built = new LanguageRanker[FaqLanguages.All.Count];
        Parallel.For(0, built.Length, l =>
        {
            var language = FaqLanguages.All[l];
            var documents = new EntryDocuments[entries.Count];
            Parallel.For(0, entries.Count, e =>
            {
                var native = entries[e].Text(language);
                var phrasings = new List<IReadOnlyList<string>>();
                if (native is not null)
                {
                    phrasings.Add(language == FaqLanguages.English ? englishQuestions[e] : TermAnalyzer.Terms(native.Question, language));
                }

                var alternates = knowledgeBase.Alternates.For(entries[e].Id, language);
                for (var a = 0; a < alternates.Count; a++)
                {
                    if (includeAlternate is null || includeAlternate(e, language, a))
                    {
                        phrasings.Add(TermAnalyzer.Terms(alternates[a], language));
                    }
                }

                var answer = native is null ? [] : language == FaqLanguages.English ? englishAnswers[e] : TermAnalyzer.Terms(native.AnswerText, language);
                documents[e] = new EntryDocuments(phrasings, answer);
            });

            built[l] = new LanguageRanker(language, documents, english, englishVocabulary);
        });
        var languages = built.ToDictionary(ranker => ranker.Language, StringComparer.Ordinal);

        return new KnowledgeRanker(languages, weights);
    }

    public EntryRanking Rank(string text, string language)
    {
        var features = languages[language].Score(text);
        return EntryRanking.Of(features, weights);
    }
}
