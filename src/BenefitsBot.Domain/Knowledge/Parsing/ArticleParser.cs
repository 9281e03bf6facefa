namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>
/// Reads one Docs article: a FAQ (entries start at <c>**Q:**</c>-style lines or <c>### Q.</c> headings) or a how-to
/// article (each section below the title is an entry). Throws <see cref="ArticleFormatException"/> with file and line.
/// </summary>
public static class ArticleParser
{
    private const string NextSteps = "next-steps";

    public static ParsedArticle Parse(string filePath, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var (frontMatter, bodyStart) = FrontMatterReader.Read(lines, filePath);
        var language = FaqLanguages.FromLocale(frontMatter.Locale)
            ?? throw new ArticleFormatException(filePath, 1, $"unsupported ms.contentlocale '{frontMatter.Locale}'");
        var sentences = new List<AlignedSentence>();
        var body = lines.Skip(bodyStart)
            .Select((line, index) => SpanPairReader.Read(line, bodyStart + index + 1, filePath, language, sentences))
            .ToList();
        var faq = body.Any(line => ArticlePatterns.IsQuestionLine(line) || ArticlePatterns.IsQuestionHeading(line));
        var walk = new ArticleWalk(faq, language, frontMatter.Locale);
        foreach (var line in body)
        {
            walk.Add(line);
        }

        var slug = walk.Slug ?? throw new ArticleFormatException(filePath, bodyStart + 1, "the article has no '# ' title heading");
        var entries = walk.Finish();
        if (entries.Count == 0)
        {
            throw new ArticleFormatException(filePath, bodyStart + 1, "the article has no questions and no sections");
        }

        return new ParsedArticle(filePath, frontMatter, language, slug, entries, sentences);
    }

    /// <summary>The state of one pass over the body lines.</summary>
    private sealed class ArticleWalk(bool faq, string language, string locale)
    {
        private readonly List<ParsedEntry> entries = [];
        private string section = "";
        private int ordinal;
        private EntryLines? current;

        public string? Slug { get; private set; }

        public void Add(LocalizedLine line)
        {
            var heading = ArticlePatterns.Heading().Match(line.Local);
            if (heading.Success)
            {
                Close();
                OnHeading(line, heading.Groups["level"].Length, heading.Groups["anchor"].Value, heading.Groups["text"].Value);
            }
            else if (faq && ArticlePatterns.IsQuestionLine(line))
            {
                Close();
                Start(line, section, ArticlePatterns.QuestionText(line.Local, markerKnown: true), line.English is null ? null : ArticlePatterns.QuestionText(line.English, markerKnown: true));
            }
            else
            {
                current?.Add(line);
            }
        }

        public List<ParsedEntry> Finish()
        {
            Close();
            return entries;
        }

        private void OnHeading(LocalizedLine line, int level, string anchor, string text)
        {
            var englishText = line.English is null ? null : EnglishHeadingText(line.English);
            anchor = anchor.Length > 0 ? anchor : ArticlePatterns.Slugify(englishText ?? MarkdownInline.Plain(text));
            if (level == 1)
            {
                Slug ??= anchor;
                return;
            }

            if (level == 2)
            {
                section = anchor;
                ordinal = 0;
            }

            if (section == NextSteps)
            {
                return;
            }

            if (faq && ArticlePatterns.IsQuestionHeading(line))
            {
                Start(line, anchor, ArticlePatterns.QuestionText(text, markerKnown: true), englishText is null ? null : ArticlePatterns.QuestionText(englishText, markerKnown: true));
            }
            else if (!faq)
            {
                Start(line, anchor, MarkdownInline.Plain(text), englishText is null ? null : MarkdownInline.Plain(englishText));
            }
        }

        private static string EnglishHeadingText(string englishLine) => ArticlePatterns.Heading().Match(englishLine).Groups["text"].Value;

        private void Start(LocalizedLine line, string anchor, string localQuestion, string? englishQuestion)
        {
            ordinal++;
            current = new EntryLines(faq, section.Length > 0 ? section : anchor, anchor, ordinal, line, localQuestion, englishQuestion);
        }

        private void Close()
        {
            if (current is not null)
            {
                entries.Add(current.Build(language, locale));
                current = null;
            }
        }
    }
}
