using Markdig.Parsers;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>Reads a one-line <c>:::image … :::</c> as a <see cref="DocsImageBlock"/> (Markdig's custom containers would wait for a closing fence).</summary>
internal sealed class DocsImageParser : BlockParser
{
    private const string Opening = ":::image";

    public DocsImageParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || !processor.Line.Match(Opening))
        {
            return BlockState.None;
        }

        var line = processor.Line.ToString().TrimEnd();
        if (line.Length < Opening.Length + 3 || !line.EndsWith(":::", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new DocsImageBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End) });
        return BlockState.BreakDiscard;
    }
}
