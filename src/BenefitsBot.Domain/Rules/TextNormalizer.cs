using System.Globalization;
using System.Text;

namespace BenefitsBot.Domain.Rules;

/// <summary>Lower case and diacritics removed, one output character per input character so that offsets of date mentions still apply.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    private static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        // Halves of emoji and other astral characters can't be normalized one by one; they never carry a cue anyway.
        if (lower < 0x80 || char.IsSurrogate(lower))
        {
            return lower;
        }

        // Noncharacters make string.Normalize throw; they carry no cue either.
        if (lower is '\ufffe' or '\uffff' or (>= '\ufdd0' and <= '\ufdef'))
        {
            return ' ';
        }

        // Curly apostrophes as typed on phones ("didn’t") count as straight ones.
        if (lower is '\u2019' or '\u2018')
        {
            return '\'';
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark ? decomposed[0] : lower;
    }
}
