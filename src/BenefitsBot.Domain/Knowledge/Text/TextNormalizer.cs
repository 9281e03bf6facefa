using System.Globalization;
using System.Text;

namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Unicode normalization for matching: NFKC (full-width forms), lower case, straight quotes, Latin diacritics folded (ä→a, é→e), Simplified Chinese folded to Traditional.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var lowered = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"');
        var decomposed = lowered.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(IsHan(c) ? ChineseScript.Fold(c) : c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
