namespace BenefitsBot.Domain.Rules;

/// <summary>
/// The normalized text and a same-length Latin view of it in which Chinese characters are spaces: Latin-script phrases use <c>\b</c>,
/// which finds no word boundary in "把VS訂閱" (CJK characters count as word characters), but does in "把VS  ".
/// </summary>
internal readonly record struct TextView(string Text, string Latin)
{
    public static TextView Of(string normalized) =>
        new(normalized, string.Create(normalized.Length, normalized, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsCjkCharacter(source[i]) ? ' ' : source[i];
            }
        }));

    /// <summary>The view a vocabulary's patterns are written for.</summary>
    public string For(RuleVocabulary vocabulary) => vocabulary.IsCjk ? Text : Latin;

    public TextView Slice(int start, int end) => new(Text[start..end], Latin[start..end]);

    // Ideographs and kana only; CJK punctuation (，。？) stays, so clause boundaries are the same in both views.
    private static bool IsCjkCharacter(char c) =>
        c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
