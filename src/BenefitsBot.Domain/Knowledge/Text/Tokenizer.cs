namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>The Latin-script words of normalized text (the language detector's evidence; Han script is detected by character).</summary>
internal static class Tokenizer
{
    public static IEnumerable<string> Words(string normalized)
    {
        var i = 0;
        while (i < normalized.Length)
        {
            if (char.IsLetterOrDigit(normalized[i]) && !TextNormalizer.IsHan(normalized[i]))
            {
                var start = i;
                while (i < normalized.Length && char.IsLetterOrDigit(normalized[i]) && !TextNormalizer.IsHan(normalized[i]))
                {
                    i++;
                }

                yield return normalized[start..i];
            }
            else
            {
                i++;
            }
        }
    }
}
