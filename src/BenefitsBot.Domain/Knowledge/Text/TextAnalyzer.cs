namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Text to index terms for one language: normalize, tokenize by script, drop function words, stem, add glossary concept tokens.</summary>
internal static class TextAnalyzer
{
    public static AnalyzedText Analyze(string text, string language, bool withConcepts = true)
    {
        var normalized = TextNormalizer.Normalize(text);
        var stopWords = StopWords.For(language);
        var stemmer = Stemmers.For(language);
        var terms = new List<string>();
        foreach (var token in Tokenizer.Tokenize(normalized))
        {
            if (token.IsHan)
            {
                if (!token.Text.All(c => StopWords.ChineseCharacters.Contains(c.ToString())))
                {
                    terms.Add(token.Text);
                }
            }
            else if (!stopWords.Contains(token.Text) && !(language == FaqLanguages.ChineseTraditional && StopWords.English.Contains(token.Text)))
            {
                terms.Add(stemmer.Stem(token.Text));
            }
        }

        var concepts = withConcepts ? GlossaryMatcher.Default.Find(normalized).ToList() : [];
        return new AnalyzedText(terms, concepts);
    }
}
