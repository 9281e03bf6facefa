using BenefitsBot.Domain.Knowledge.Text;

namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>
/// Scores a non-English question twice: against its own language's index, and translated word by word (lexicon learned from the
/// aligned sentences) against the English index, whose text is the original rather than a machine translation; the two blend.
/// </summary>
internal static class CrossLingualScorer
{
    private const double EnglishShare = 0.3;
    private const double MinimumProbability = 0.25;
    private const int TranslationsPerWord = 2;

    public static ScoredQuery Score(MultilingualIndex index, string language, string text)
    {
        var analyzed = TextAnalyzer.Analyze(text, language);
        var native = QueryScorer.Score(index.For(language), analyzed);
        if (language == FaqLanguages.English)
        {
            return native;
        }

        var lexicon = index.ToEnglish(language);
        var englishTerms = analyzed.Terms.SelectMany(term => Translations(lexicon, term)).Distinct(StringComparer.Ordinal).ToList();
        var viaEnglish = QueryScorer.Score(index.For(FaqLanguages.English), new AnalyzedText(englishTerms, analyzed.Concepts));

        // The blend ranks; the native score keeps the calibration (words the lexicon cannot translate drop out of the English
        // query, so an off-topic question would look like a clean English match): the blend is rescaled to the native best.
        var blended = native.Scores.Select((score, i) => ((1 - EnglishShare) * score) + (EnglishShare * viaEnglish.Scores[i])).ToArray();
        var scale = blended.Length == 0 || blended.Max() <= 0 ? 0 : native.Best / blended.Max();
        blended = [.. blended.Select(score => score * scale)];
        return native with { Scores = blended };
    }

    private static IEnumerable<string> Translations(TranslationLexicon lexicon, string term) =>
        lexicon.Translate(term).Where(pair => pair.Probability >= MinimumProbability).Take(TranslationsPerWord).Select(pair => pair.Term);
}
