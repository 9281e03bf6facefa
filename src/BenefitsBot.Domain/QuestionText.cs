namespace BenefitsBot.Domain;

/// <summary>How much of a question the domain reads: the FAQ analyzer, the date recognizer and the rule interpreter all stop here.</summary>
public static class QuestionText
{
    /// <summary>
    /// The longest question analyzed, in UTF-16 code units; the rest is ignored. A chat question is a sentence or two; a Teams
    /// message can be up to ~28 KB, and without this bound a pasted document would cost the analysis time in proportion.
    /// </summary>
    public const int MaxAnalyzedLength = 2000;

    /// <summary>The first <see cref="MaxAnalyzedLength"/> characters of <paramref name="text"/>, never ending between the halves of a surrogate pair.</summary>
    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxAnalyzedLength
            ? text
            : text[..(char.IsHighSurrogate(text[MaxAnalyzedLength - 1]) ? MaxAnalyzedLength - 1 : MaxAnalyzedLength)];
    }
}
