using Markdig;
using Markdig.Renderers;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>The Docs syntax the articles use beyond CommonMark as a Markdig extension: <c>:::image</c> lines and localization span pairs.</summary>
internal sealed class DocsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.Insert(0, new DocsImageParser());
        pipeline.InlineParsers.Insert(0, new LocalizedSpanParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
