using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>Where a sentence ends, for the recognizer and the rule interpreter alike.</summary>
internal static partial class SentenceBreaks
{
    /// <summary>A full stop, question or exclamation mark before white space or the end, a line break, or a CJK full stop (not the dot in "14.03").</summary>
    [GeneratedRegex(@"[.?!](\s|$)|[。？！\r\n]", RegexOptions.NonBacktracking)]
    public static partial Regex End();
}
