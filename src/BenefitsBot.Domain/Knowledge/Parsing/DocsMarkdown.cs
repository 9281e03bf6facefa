using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>The Markdig pipeline for Docs articles: YAML front matter, alerts (also inside lists), pipe tables, <c>:::image</c> and localization span pairs.</summary>
internal static class DocsMarkdown
{
    private static readonly MarkdownPipeline Pipeline = Build();

    public static MarkdownDocument Parse(string filePath, string content) => Markdown.Parse(content, Pipeline, new ArticleContext(filePath));

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAlertBlocks(null, true)
            .UsePipeTables()
            .Use<DocsExtension>();

        // Docs articles head sections with '#' only: a line of dashes under an admin's answer text is no heading that would end the entry.
        builder.BlockParsers.Find<ParagraphBlockParser>()!.ParseSetextHeadings = false;
        return builder.Build();
    }
}
