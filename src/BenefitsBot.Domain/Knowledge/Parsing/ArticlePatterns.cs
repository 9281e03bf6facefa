using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>The line patterns of Docs articles: headings, question and answer markers in each language, alerts, steps, bullets.</summary>
internal static partial class ArticlePatterns
{
    /// <summary>Question markers: Q (en), F (sv, "fråga"), C (sv machine translation), V (nl, "vraag"), 問 (zh).</summary>
    [GeneratedRegex(@"^(?:Q|F|V|C|問)\s*[:：.。]\s*")]
    public static partial Regex QuestionMarker();

    /// <summary>Answer markers: A (en, nl "antwoord", sv), S (sv, "svar"), 答 (zh).</summary>
    [GeneratedRegex(@"^\s*(?:\*\*)?\s*(?:A|S|答)\s*[:：.。]\s*(?:\*\*)?\s*")]
    public static partial Regex AnswerMarker();

    [GeneratedRegex("""^(?<level>#{1,6})\s+(?:<a name="(?<anchor>[^"]*)"\s*>\s*</a>)?\s*(?<text>.*)$""")]
    public static partial Regex Heading();

    [GeneratedRegex(@"^\[!(?<kind>NOTE|IMPORTANT|WARNING|TIP|CAUTION)\]\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex Alert();

    [GeneratedRegex(@"^(?<number>\d+)\.\s+(?<text>.*)$")]
    public static partial Regex Step();

    [GeneratedRegex(@"^[-*+]\s+(?<text>.*)$")]
    public static partial Regex Bullet();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    public static partial Regex NonSlug();

    /// <summary>Any short leading label with a colon or full stop: machine translation sometimes mangles "Q." (nl has "Nils.").</summary>
    [GeneratedRegex(@"^[^\s:：.。]{1,6}\s*[:：.。]\s*")]
    public static partial Regex LooseQuestionMarker();

    /// <summary>A question line, decided on the English source where the line has one (it keeps the marker intact).</summary>
    public static bool IsQuestionLine(LocalizedLine line) => IsQuestionLine(line.English ?? line.Local);

    public static bool IsQuestionHeading(LocalizedLine line)
    {
        var heading = Heading().Match(line.English ?? line.Local);
        return heading.Success && heading.Groups["level"].Length > 1 && QuestionMarker().IsMatch(MarkdownInline.Plain(heading.Groups["text"].Value));
    }

    /// <summary>The question without its marker; <paramref name="markerKnown"/> lets a mangled local marker go too.</summary>
    public static string QuestionText(string markdown, bool markerKnown)
    {
        var plain = MarkdownInline.Plain(markdown);
        var strict = QuestionMarker().Replace(plain, "");
        return MarkdownInline.Squash(strict.Length == plain.Length && markerKnown ? LooseQuestionMarker().Replace(plain, "") : strict);
    }

    public static bool IsQuestionLine(string markdown) =>
        markdown.TrimStart().StartsWith("**", StringComparison.Ordinal) && QuestionMarker().IsMatch(MarkdownInline.Plain(markdown));


    public static string Slugify(string text) => NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');
}
