using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>The text patterns of Docs FAQ articles in each language: question and answer markers, and anchors made from headings.</summary>
internal static partial class ArticlePatterns
{
    /// <summary>Question markers: Q (en), F (sv, "fråga"), C (sv machine translation), V (nl, "vraag"), 問 (zh).</summary>
    [GeneratedRegex(@"^(?:Q|F|V|C|問)\s*[:：.。]\s*")]
    public static partial Regex QuestionMarker();

    /// <summary>Answer markers: A (en, nl "antwoord", sv), S (sv, "svar"), 答 (zh).</summary>
    [GeneratedRegex(@"^\s*(?:\*\*)?\s*(?:A|S|答)\s*[:：.。]\s*(?:\*\*)?\s*")]
    public static partial Regex AnswerMarker();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    public static partial Regex NonSlug();

    /// <summary>Any short leading label with a colon or full stop: machine translation sometimes mangles "Q." (nl has "Nils.").</summary>
    [GeneratedRegex(@"^[^\s:：.。]{1,6}\s*[:：.。]\s*")]
    public static partial Regex LooseQuestionMarker();

    /// <summary>The question without its marker, also a marker that machine translation mangled.</summary>
    public static string QuestionText(string plain)
    {
        var strict = QuestionMarker().Replace(plain, "");
        return InlineText.Squash(strict.Length == plain.Length ? LooseQuestionMarker().Replace(plain, "") : strict);
    }

    public static string Slugify(string text) => NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');
}
