using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>Lines of paragraphs and headings as the article walk reads them: question lines, anchors, both sides' text.</summary>
internal static partial class ArticleLine
{
    /// <summary>A paragraph's inlines split at its line breaks (a FAQ question is one line, its answer may follow without a blank line).</summary>
    public static List<List<Inline>> Lines(ParagraphBlock paragraph)
    {
        var lines = new List<List<Inline>> { new() };
        foreach (var inline in paragraph.Inline ?? [])
        {
            if (inline is LineBreakInline)
            {
                lines.Add([]);
            }
            else
            {
                lines[^1].Add(inline);
            }
        }

        return lines;
    }

    /// <summary>The side a line's structure is decided on: the English source where the line has one (it keeps the markers intact).</summary>
    public static TextSide DecidingSide(IEnumerable<Inline> line) =>
        line.Any(inline => inline is LocalizedSpan || (inline is ContainerInline container && container.FindDescendants<LocalizedSpan>().Any())) ? TextSide.English : TextSide.Local;

    /// <summary>A FAQ question line: bold at its start and a question marker.</summary>
    public static bool IsQuestion(IReadOnlyList<Inline> line)
    {
        var text = Text(line, DecidingSide(line));
        return text.Display.StartsWith("**", StringComparison.Ordinal) && ArticlePatterns.QuestionMarker().IsMatch(text.Plain);
    }

    public static bool IsQuestionHeading(HeadingBlock heading) =>
        heading.Level > 1 && ArticlePatterns.QuestionMarker().IsMatch(Plain(Inlines(heading), DecidingSide(Inlines(heading))));

    public static IReadOnlyList<Inline> Inlines(HeadingBlock heading) => [.. heading.Inline ?? []];

    /// <summary>The <c>&lt;a name="…"&gt;&lt;/a&gt;</c> a Docs heading starts with, or "" (Markdig keeps HTML tags as they are).</summary>
    public static string Anchor(HeadingBlock heading) =>
        heading.Inline?.FirstChild is HtmlInline { Tag: var tag } && AnchorTag().Match(tag) is { Success: true } anchor ? anchor.Groups["name"].Value : "";

    public static string Plain(IEnumerable<Inline> line, TextSide side) => Text(line, side).Plain;

    private static InlineText Text(IEnumerable<Inline> line, TextSide side)
    {
        var text = new InlineText(side, "en-us");
        text.WriteAll(line);
        return text;
    }

    [GeneratedRegex("""^<a name="(?<name>[^"]*)"\s*>$""")]
    private static partial Regex AnchorTag();
}
