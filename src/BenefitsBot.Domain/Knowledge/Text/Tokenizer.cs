namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Splits normalized text into Latin words and, for Han script (no spaces), overlapping character bigrams within the pieces between function words.</summary>
internal static class Tokenizer
{
    public static IEnumerable<Token> Tokenize(string normalized)
    {
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (TextNormalizer.IsHan(c))
            {
                var start = i;
                while (i < normalized.Length && TextNormalizer.IsHan(normalized[i]))
                {
                    i++;
                }

                foreach (var bigram in ChineseSegmenter.Segments(normalized[start..i]).SelectMany(Bigrams))
                {
                    yield return new Token(bigram, IsHan: true);
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < normalized.Length && char.IsLetterOrDigit(normalized[i]) && !TextNormalizer.IsHan(normalized[i]))
                {
                    i++;
                }

                yield return new Token(normalized[start..i], IsHan: false);
            }
            else
            {
                i++;
            }
        }
    }

    private static IEnumerable<string> Bigrams(string run)
    {
        if (run.Length == 1)
        {
            yield return run;
            yield break;
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            yield return run.Substring(i, 2);
        }
    }
}
