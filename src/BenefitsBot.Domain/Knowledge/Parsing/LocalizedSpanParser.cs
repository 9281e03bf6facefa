using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>
/// Reads a localization span pair as one <see cref="LocalizedSpan"/>; any other <c>&lt;span</c> or <c>&lt;/span&gt;</c> is a
/// broken pair and throws <see cref="ArticleFormatException"/> with its line. Runs before Markdig's inline HTML parser.
/// </summary>
internal sealed partial class LocalizedSpanParser : InlineParser
{
    public LocalizedSpanParser() => OpeningCharacters = ['<'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!slice.Match("<span") && !slice.Match("</span"))
        {
            return false;
        }

        processor.GetSourcePosition(slice.Start, out var line, out _);
        var pair = SpanPair().Match(slice.Text, slice.Start, slice.Length);
        if (!pair.Success)
        {
            throw new ArticleFormatException(ArticleContext.PathOf(processor.Context), line + 1, "a localization span is not closed or has no English source beside it");
        }

        if (pair.Groups["id"].Value != pair.Groups["sid"].Value)
        {
            throw new ArticleFormatException(ArticleContext.PathOf(processor.Context), line + 1, $"span ids differ: {pair.Groups["id"].Value} vs {pair.Groups["sid"].Value}");
        }

        processor.Inline = new LocalizedSpan(Inlines(processor, pair.Groups["local"], line), Inlines(processor, pair.Groups["en"], line))
        {
            Line = line,
            Span = new SourceSpan(processor.GetSourcePosition(slice.Start), processor.GetSourcePosition(slice.Start + pair.Length - 1)),
        };
        slice.Start += pair.Length;
        return true;
    }

    /// <summary>One side of the pair, parsed as the inline markdown of a paragraph of its own.</summary>
    private static ContainerInline Inlines(InlineProcessor processor, Group text, int line)
    {
        var paragraph = new ParagraphBlock();
        var fragment = new StringSlice(text.Value);
        paragraph.AppendLine(ref fragment, 0, line, 0, trackTrivia: false);
        new InlineProcessor(processor.Document, processor.Parsers, preciseSourcelocation: false, processor.Context).ProcessInlineLeaf(paragraph);
        return paragraph.Inline ?? new ContainerInline();
    }

    [GeneratedRegex("""^<span data-ttu-id="(?<id>[^"]*)">(?<local>.*?)</span><span class="sxs-lookup"><span data-stu-id="(?<sid>[^"]*)">(?<en>.*?)</span></span>""")]
    private static partial Regex SpanPair();
}
