using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>
/// One side of a run of inlines as the knowledge base keeps it: plain text (links reduced to their text, bold and escaped stars
/// gone, typographic quotes straightened), simple markdown for display (bold kept, links absolute) and the links.
/// </summary>
internal sealed partial class InlineText(TextSide side, string locale)
{
    private readonly StringBuilder plain = new();
    private readonly StringBuilder display = new();
    private readonly List<AnswerLink> links = [];

    public string Plain => PlainOf(plain.ToString());

    public string Display => Squash(display.ToString());

    public IReadOnlyList<AnswerLink> Links => links;

    public static string PlainOf(Inline? inline, TextSide side) => new InlineText(side, "en-us").Write(inline).Plain;

    public static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Relative <c>other-article.md#anchor</c> links become the published learn.microsoft.com address in the article's locale.</summary>
    private static string Absolute(string url, string locale)
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

    /// <summary>Several runs one after the other, a separator between them (the paragraphs of a note, the cells of a row).</summary>
    public InlineText Write(Inline? inline, string separator = " ")
    {
        if (plain.Length > 0)
        {
            Text(separator);
        }

        WriteInline(inline);
        return this;
    }

    /// <summary>Inlines one after the other, as one run (a line of a paragraph).</summary>
    public void WriteAll(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            WriteInline(inline);
        }
    }

    private static string PlainOf(string text) => Squash(text.Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2019', '\'').Replace('\u2018', '\''));

    private void WriteInline(Inline? inline)
    {
        switch (inline)
        {
            case null or HtmlInline:
                break;
            case LocalizedSpan span:
                WriteChildren(span.Side(side));
                break;
            case LinkInline { IsImage: true }:
                break;
            case LinkInline link:
                WriteLink(link);
                break;
            case EmphasisInline emphasis:
                WriteEmphasis(emphasis);
                break;
            case ContainerInline container:
                WriteChildren(container);
                break;
            case LiteralInline { IsFirstCharacterEscaped: true } literal:
                WriteEscaped(literal.Content.ToString());
                break;
            case LiteralInline literal:
                Text(literal.Content.ToString());
                break;
            case LineBreakInline:
                Text(" ");
                break;
            case HtmlEntityInline entity:
                plain.Append(entity.Transcoded.ToString());
                display.Append(entity.Original.ToString());
                break;
            case CodeInline code:
                plain.Append(code.Content);
                display.Append(code.Delimiter, code.DelimiterCount).Append(code.Content).Append(code.Delimiter, code.DelimiterCount);
                break;
            case AutolinkInline autolink:
                Text(autolink.Url);
                AddLink(autolink.Url, autolink.IsEmail ? "mailto:" + autolink.Url : Absolute(autolink.Url, locale));
                break;
        }
    }

    private void WriteChildren(ContainerInline container)
    {
        foreach (var child in container)
        {
            WriteInline(child);
        }
    }

    private void WriteLink(LinkInline link)
    {
        var url = Absolute(link.Url ?? "", locale);
        var start = plain.Length;
        display.Append('[');
        WriteChildren(link);
        display.Append("](").Append(url).Append(')');
        AddLink(PlainOf(plain.ToString(start, plain.Length - start)), url);
    }

    /// <summary>A link whose address is no URI at all keeps its text and is left out of the links.</summary>
    private void AddLink(string text, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            links.Add(new AnswerLink(text, uri));
        }
    }

    /// <summary>Bold is markup only; single-star emphasis keeps its stars in the plain text too, as the articles' text always had it.</summary>
    private void WriteEmphasis(EmphasisInline emphasis)
    {
        var delimiters = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
        display.Append(delimiters);
        if (emphasis.DelimiterCount != 2)
        {
            plain.Append(delimiters);
        }

        WriteChildren(emphasis);
        display.Append(delimiters);
        if (emphasis.DelimiterCount != 2)
        {
            plain.Append(delimiters);
        }
    }

    /// <summary>An escaped star is left over from machine translation (<c>\*\*\*\*</c> for lost bold) and dropped; other escapes stay escaped for display.</summary>
    private void WriteEscaped(string content)
    {
        if (content.StartsWith('*'))
        {
            Text(content[1..]);
            return;
        }

        plain.Append(content);
        display.Append('\\').Append(content);
    }

    private void Text(string text)
    {
        plain.Append(text);
        display.Append(text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
