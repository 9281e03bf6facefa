using Markdig.Parsers;
using Markdig.Syntax;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>A Docs <c>:::image type="content" source="…" alt-text="…":::</c> line: a picture, no text of an answer.</summary>
internal sealed class DocsImageBlock(BlockParser parser) : LeafBlock(parser);
