using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>Inline markdown of Docs articles: emphasis, escapes, links. Hand-written because the Domain takes no packages (Markdig would do it in the host).</summary>
internal static partial class MarkdownInline
{
    /// <summary>Plain text: links reduced to their text, emphasis and escapes removed, typographic quotes straightened, spaces collapsed.</summary>
    public static string Plain(string markdown) =>
        Squash(StripEmphasis(Link().Replace(Image().Replace(markdown, ""), match => match.Groups["text"].Value)));

    /// <summary>Markdown kept for display: bold kept (tidied), links made absolute.</summary>
    public static string Display(string markdown, string locale) =>
        Squash(Link().Replace(Image().Replace(markdown.Replace("\\*", "", StringComparison.Ordinal), ""), match =>
            $"[{match.Groups["text"].Value}]({Absolute(match.Groups["url"].Value, locale)})"));

    public static IReadOnlyList<AnswerLink> Links(string markdown, string locale) =>
        [.. Link().Matches(Image().Replace(markdown, "")).Select(match => new AnswerLink(
            Plain(match.Groups["text"].Value),
            new Uri(Absolute(match.Groups["url"].Value, locale))))];

    /// <summary>Relative <c>other-article.md#anchor</c> links become the published learn.microsoft.com address in the article's locale.</summary>
    public static string Absolute(string url, string locale)
    {
        var trimmed = url.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
        {
            return absolute.ToString();
        }

        var anchor = trimmed.IndexOf('#', StringComparison.Ordinal);
        var file = anchor >= 0 ? trimmed[..anchor] : trimmed;
        var fragment = anchor >= 0 ? trimmed[anchor..] : "";
        var slug = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file;
        slug = slug.TrimStart('.', '/');
        return $"https://learn.microsoft.com/{locale.ToLowerInvariant()}/partner-center/{slug}{fragment}";
    }

    public static string StripEmphasis(string text) =>
        text.Replace("\\*", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal)
            .Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2019', '\'').Replace('\u2018', '\'');

    public static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<url>[^)\s]*)\)", RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.NonBacktracking)]
    private static partial Regex Image();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
