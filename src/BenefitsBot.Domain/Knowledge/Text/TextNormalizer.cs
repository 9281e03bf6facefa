using System.Globalization;
using System.Text;

namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Unicode normalization for matching: NFKC (full-width forms), lower case, straight quotes, Latin diacritics folded (ä→a, é→e), Simplified Chinese folded to Traditional.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var lowered = WithoutInvalid(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant()
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

    /// <summary>Unpaired surrogates and noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) as spaces: string.Normalize throws on them.</summary>
    public static string WithoutInvalid(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) || c is '\ufffe' or '\uffff' or (>= '\ufdd0' and <= '\ufdef') ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
