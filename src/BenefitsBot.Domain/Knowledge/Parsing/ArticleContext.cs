using Markdig;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>The file being parsed, so that the Docs extensions can report a bad line as file(line).</summary>
internal sealed class ArticleContext(string filePath) : MarkdownParserContext
{
    public string FilePath { get; } = filePath;

    public static string PathOf(MarkdownParserContext? context) => (context as ArticleContext)?.FilePath ?? "";
}
