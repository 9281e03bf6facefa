namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>
/// Guesses en/sv/nl/zh-TW from script and function words. Hand-written because the Domain takes no packages and the four
/// candidate languages are known; a general detector (e.g. a CLD3 port) would be overkill for chat questions.
/// </summary>
public static class LanguageDetector
{
    private const double ClearMargin = 1.0;

    /// <summary>The question's language when the text makes it clear, else null.</summary>
    public static string? DetectClear(string text) => Detect(text) is { Margin: >= ClearMargin } guess ? guess.Language : null;

    /// <summary>The best guess and how far ahead of the runner-up it is (in evidence points).</summary>
    public static LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var han = text.Count(TextNormalizer.IsHan);
        if (han >= 2)
        {
            return new LanguageGuess(FaqLanguages.ChineseTraditional, han);
        }

        var lower = text.ToLowerInvariant();
        var scores = new Dictionary<string, double>
        {
            [FaqLanguages.English] = 0,
            [FaqLanguages.Swedish] = lower.Count(c => c is 'å' or 'ä' or 'ö') * 1.5,
            [FaqLanguages.Dutch] = CountOf(lower, "ij") * 0.75,
        };
        foreach (var token in Tokenizer.Words(TextNormalizer.Normalize(text)))
        {
            AddIf(scores, FaqLanguages.English, StopWords.English, token);
            AddIf(scores, FaqLanguages.Swedish, StopWords.Swedish, token);
            AddIf(scores, FaqLanguages.Dutch, StopWords.Dutch, token);
        }

        var ranked = scores.OrderByDescending(pair => pair.Value).ToList();
        return new LanguageGuess(ranked[0].Key, ranked[0].Value - ranked[1].Value);
    }

    private static void AddIf(Dictionary<string, double> scores, string language, IReadOnlySet<string> words, string token)
    {
        if (words.Contains(token))
        {
            scores[language] += 1;
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
