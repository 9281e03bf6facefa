using Markdig.Extensions.Alerts;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>
/// Flattens the Markdig blocks of one answer, on one side, into the knowledge base's blocks: paragraphs, numbered steps,
/// bullets (nested lists too) and notes; table rows become paragraphs of their cells; images, HTML and breaks give no text.
/// </summary>
internal sealed class AnswerBlocks(TextSide side, string locale)
{
    private readonly List<(AnswerBlockKind Kind, NoteKind? Note, int? Step, InlineText Text)> blocks = [];

    public void Add(Block block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                Emit(AnswerBlockKind.Paragraph, null, null, [paragraph.Inline]);
                break;
            case ListBlock list:
                AddList(list);
                break;
            case AlertBlock alert when Enum.TryParse<NoteKind>(alert.Kind.ToString(), ignoreCase: true, out var note):
                Emit(AnswerBlockKind.Note, note, null, [.. alert.Descendants<ParagraphBlock>().Select(paragraph => paragraph.Inline)]);
                break;
            case Table table:
                AddTable(table);
                break;
            case CodeBlock code and not YamlFrontMatterBlock:
                Emit(AnswerBlockKind.Paragraph, null, null, [new LiteralInline(code.Lines.ToString())]);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(child);
                }

                break;
        }
    }

    /// <summary>The blocks; the first one with text loses its answer marker (<c>A:</c>, <c>S:</c>, <c>答：</c>) where the entry is a FAQ question.</summary>
    public IReadOnlyList<AnswerBlock> Build(bool stripAnswerMarker)
    {
        var result = new List<AnswerBlock>();
        foreach (var (kind, note, step, text) in blocks)
        {
            var strip = stripAnswerMarker && result.Count == 0;
            var plain = strip ? ArticlePatterns.AnswerMarker().Replace(text.Plain, "", 1) : text.Plain;
            if (plain.Length > 0)
            {
                var display = strip ? ArticlePatterns.AnswerMarker().Replace(text.Display, "", 1) : text.Display;
                result.Add(new AnswerBlock(kind, plain, display, text.Links, note, step));
            }
        }

        return result;
    }

    private void AddList(ListBlock list)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            for (var i = 0; i < item.Count; i++)
            {
                if (i == 0 && item[i] is ParagraphBlock first)
                {
                    Emit(list.IsOrdered ? AnswerBlockKind.Step : AnswerBlockKind.Bullet, null, list.IsOrdered ? item.Order : null, [first.Inline]);
                }
                else
                {
                    Add(item[i]);
                }
            }
        }
    }

    private void AddTable(Table table)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            var text = new InlineText(side, locale);
            foreach (var cell in row.OfType<TableCell>())
            {
                foreach (var paragraph in cell.Descendants<ParagraphBlock>())
                {
                    text.Write(paragraph.Inline, " | ");
                }
            }

            blocks.Add((AnswerBlockKind.Paragraph, null, null, text));
        }
    }

    private void Emit(AnswerBlockKind kind, NoteKind? note, int? step, IEnumerable<Inline?> runs)
    {
        var text = new InlineText(side, locale);
        foreach (var run in runs)
        {
            text.Write(run);
        }

        blocks.Add((kind, note, step, text));
    }
}
