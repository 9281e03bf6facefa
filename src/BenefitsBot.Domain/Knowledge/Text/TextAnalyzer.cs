namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Text to index terms for one language: normalize, tokenize by script, drop function words, stem, add glossary concept tokens.</summary>
internal static class TextAnalyzer
{
    public static AnalyzedText Analyze(string text, string language, bool withConcepts = true)
    {
        var normalized = TextNormalizer.Normalize(text);
        var stopWords = StopWords.For(language);
        var stemmer = Stemmers.For(language);
        var phrases = withConcepts ? GlossaryMatcher.Default.FindPhrases(normalized) : [];
        var terms = new List<string>();
        var named = new Dictionary<string, Concept[]>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(normalized))
        {
            string term;
            if (token.IsHan)
            {
                if (token.Text.All(c => StopWords.ChineseCharacters.Contains(c.ToString())))
                {
                    continue;
                }

                term = token.Text;
            }
            else if (!stopWords.Contains(token.Text) && !(language == FaqLanguages.ChineseTraditional && StopWords.English.Contains(token.Text)))
            {
                term = stemmer.Stem(token.Text);
            }
            else
            {
                continue;
            }

            terms.Add(term);
            var naming = phrases.Where(match => Names(match.Phrase, token.Text)).Select(match => match.Concept).Distinct().ToArray();
            if (naming.Length > 0)
            {
                named[term] = naming;
            }
        }

        return new AnalyzedText(terms, [.. phrases.Select(match => match.Concept).Distinct()], named);
    }

    /// <summary>Whether a glossary phrase names a word: the word inside the phrase ("grace" in "grace period", a bigram in a
    /// Han phrase) or the word an inflection of a phrase of four letters or more ("lattnad" → "lattnader"); not the tail of a
    /// compound ("afwezigheidsmelding" is not a "melding" the articles mean).</summary>
    private static bool Names(string phrase, string word) =>
        phrase.Contains(word, StringComparison.Ordinal) || (phrase.Trim().Length >= 4 && word.StartsWith(phrase.Trim(), StringComparison.Ordinal));
}
