using Markdig.Syntax;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>
/// Reads one Docs article with Markdig (<see cref="DocsMarkdown"/>): a FAQ (entries start at <c>**Q:**</c>-style lines or
/// <c>### Q.</c> headings) or a how-to article (each section below the title is an entry). Throws
/// <see cref="ArticleFormatException"/> with file and line.
/// </summary>
public static class ArticleParser
{
    public static ParsedArticle Parse(string filePath, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        var document = DocsMarkdown.Parse(filePath, content);
        var (frontMatter, bodyLine) = FrontMatterReader.Read(document, content, filePath);
        var language = FaqLanguages.FromLocale(frontMatter.Locale)
            ?? throw new ArticleFormatException(filePath, 1, $"unsupported ms.contentlocale '{frontMatter.Locale}'");
        var sentences = document.Descendants<LocalizedSpan>()
            .Select(span => new AlignedSentence(language, InlineText.PlainOf(span.Local, TextSide.Local), InlineText.PlainOf(span.English, TextSide.English)))
            .ToList();
        var body = document.Skip(1).ToList();
        var walk = new ArticleWalk(body.Any(IsQuestionStart), language, frontMatter.Locale);
        foreach (var block in body)
        {
            walk.Add(block);
        }

        var slug = walk.Slug ?? throw new ArticleFormatException(filePath, bodyLine, "the article has no '# ' title heading");
        var entries = walk.Finish();
        if (entries.Count == 0)
        {
            throw new ArticleFormatException(filePath, bodyLine, "the article has no questions and no sections");
        }

        return new ParsedArticle(filePath, frontMatter, language, slug, entries, sentences);
    }

    private static bool IsQuestionStart(Block block) => block switch
    {
        HeadingBlock heading => ArticleLine.IsQuestionHeading(heading),
        ParagraphBlock paragraph => ArticleLine.Lines(paragraph).Any(ArticleLine.IsQuestion),
        _ => false,
    };
}
