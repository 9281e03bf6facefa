using BenefitsBot.Domain.Knowledge.Text;

namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>
/// One BM25F index per answer language over all entries. An entry the articles lack in a language gets a document made by
/// translating its English text with the lexicon learned from the aligned sentences, so a Dutch or Chinese question can find it.
/// </summary>
internal sealed class MultilingualIndex
{
    private readonly Dictionary<string, LanguageIndex> indexes;
    private readonly Dictionary<string, TranslationLexicon> toEnglish;

    private MultilingualIndex(Dictionary<string, LanguageIndex> indexes, Dictionary<string, TranslationLexicon> toEnglish)
    {
        this.indexes = indexes;
        this.toEnglish = toEnglish;
    }

    public LanguageIndex For(string language) => indexes[language];

    /// <summary>The lexicon from a language's words to English words (empty for English).</summary>
    public TranslationLexicon ToEnglish(string language) => toEnglish.GetValueOrDefault(language) ?? TranslationLexicon.Empty;

    public static MultilingualIndex Build(KnowledgeBase knowledgeBase)
    {
        var indexes = new Dictionary<string, LanguageIndex>(StringComparer.Ordinal);
        var toEnglish = new Dictionary<string, TranslationLexicon>(StringComparer.Ordinal);
        foreach (var language in FaqLanguages.All)
        {
            var pairs = AlignedTerms(knowledgeBase, language);
            var lexicon = pairs.Count == 0 ? TranslationLexicon.Empty : TranslationLexicon.Train(pairs);
            toEnglish[language] = pairs.Count == 0 ? TranslationLexicon.Empty : TranslationLexicon.Train([.. pairs.Select(pair => (pair.English, pair.Target))]);
            var documents = knowledgeBase.Entries.Select(entry => Document(entry, language, lexicon, knowledgeBase.Alternates.For(entry.Id, language))).ToList();
            indexes[language] = new LanguageIndex(language, documents);
        }

        return new MultilingualIndex(indexes, toEnglish);
    }

    /// <summary>The analyzed terms of each aligned sentence pair of a language and English (none for English itself).</summary>
    private static List<(IReadOnlyList<string> Target, IReadOnlyList<string> English)> AlignedTerms(KnowledgeBase knowledgeBase, string language)
    {
        if (language == FaqLanguages.English)
        {
            return [];
        }

        return knowledgeBase.Sentences
            .Where(sentence => sentence.Language == language)
            .Select(sentence => (
                TextAnalyzer.Analyze(sentence.Translated, language, withConcepts: false).Terms,
                TextAnalyzer.Analyze(sentence.English, FaqLanguages.English, withConcepts: false).Terms))
            .Where(pair => pair.Item1.Count > 0 && pair.Item2.Count > 0)
            .Select(pair => (pair.Item1, pair.Item2))
            .ToList();
    }

    private static Dictionary<IndexField, FieldTerms> Document(FaqEntry entry, string language, TranslationLexicon lexicon, IReadOnlyList<string> alternates)
    {
        var fields = new Dictionary<IndexField, FieldTerms>();
        var english = entry.Text(FaqLanguages.English) ?? entry.Texts.Values.First();
        if (entry.Text(language) is { } native)
        {
            fields[IndexField.Question] = new FieldTerms([.. TextAnalyzer.Analyze(native.Question, language).AllTerms]);
            fields[IndexField.Answer] = new FieldTerms([.. TextAnalyzer.Analyze(native.AnswerText, language).AllTerms]);
        }
        else
        {
            fields[IndexField.Question] = new FieldTerms(Translate(english.Question, lexicon), RetrievalWeights.Translated);
            fields[IndexField.Answer] = new FieldTerms(Translate(english.AnswerText, lexicon), RetrievalWeights.Translated);
        }

        if (alternates.Count > 0)
        {
            var phrasings = alternates.Select(alternate => (IReadOnlyList<string>)[.. TextAnalyzer.Analyze(alternate, language).AllTerms]).ToList();
            fields[IndexField.Alternate] = new FieldTerms([.. phrasings.SelectMany(terms => terms)], Phrasings: phrasings);
        }

        if (language != FaqLanguages.English)
        {
            fields[IndexField.EnglishQuestion] = new FieldTerms(TextAnalyzer.Analyze(english.Question, language, withConcepts: false).Terms);
            fields[IndexField.EnglishAnswer] = new FieldTerms(TextAnalyzer.Analyze(english.AnswerText, language, withConcepts: false).Terms);
        }

        return fields;
    }

    private static List<string> Translate(string englishText, TranslationLexicon lexicon)
    {
        var analyzed = TextAnalyzer.Analyze(englishText, FaqLanguages.English);
        return [.. analyzed.Terms.SelectMany(term => lexicon.Translate(term).Select(translation => translation.Term))
            .Concat(analyzed.Concepts.Select(concept => concept.Token))];
    }
}
