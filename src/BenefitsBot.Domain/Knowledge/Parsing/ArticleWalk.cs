using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>One pass over an article's top-level blocks: headings and FAQ question lines start entries, the blocks between are their answers.</summary>
internal sealed class ArticleWalk(bool faq, string language, string locale)
{
    private const string NextSteps = "next-steps";

    private readonly List<ParsedEntry> entries = [];
    private string section = "";
    private int ordinal;
    private EntryContent? current;

    public string? Slug { get; private set; }

    public void Add(Block block)
    {
        if (block is HeadingBlock heading)
        {
            Close();
            OnHeading(heading);
        }
        else if (faq && block is ParagraphBlock paragraph)
        {
            AddParagraph(paragraph);
        }
        else
        {
            current?.Add(block);
        }
    }

    public List<ParsedEntry> Finish()
    {
        Close();
        return entries;
    }

    /// <summary>A paragraph of a FAQ, split where a line is a question: the lines after it are the first paragraph of its answer.</summary>
    private void AddParagraph(ParagraphBlock paragraph)
    {
        var lines = ArticleLine.Lines(paragraph);
        if (!lines.Any(ArticleLine.IsQuestion))
        {
            current?.Add(paragraph);
            return;
        }

        var pending = new List<List<Inline>>();
        for (var index = 0; index < lines.Count; index++)
        {
            if (!ArticleLine.IsQuestion(lines[index]))
            {
                pending.Add(lines[index]);
                continue;
            }

            AddPending(pending);
            Close();
            var english = ArticleLine.DecidingSide(lines[index]) == TextSide.English ? ArticlePatterns.QuestionText(ArticleLine.Plain(lines[index], TextSide.English)) : null;
            Start(paragraph.Line + index + 1, section, ArticlePatterns.QuestionText(ArticleLine.Plain(lines[index], TextSide.Local)), english);
        }

        AddPending(pending);
    }

    private void AddPending(List<List<Inline>> lines)
    {
        if (lines.Count > 0)
        {
            current?.Add(Paragraph(lines));
            lines.Clear();
        }
    }

    private void OnHeading(HeadingBlock heading)
    {
        var inlines = ArticleLine.Inlines(heading);
        var englishText = ArticleLine.DecidingSide(inlines) == TextSide.English ? ArticleLine.Plain(inlines, TextSide.English) : null;
        var localText = ArticleLine.Plain(inlines, TextSide.Local);
        var anchor = ArticleLine.Anchor(heading) is { Length: > 0 } named ? named : ArticlePatterns.Slugify(englishText ?? localText);
        if (heading.Level == 1)
        {
            Slug ??= anchor;
            return;
        }

        if (heading.Level == 2)
        {
            section = anchor;
            ordinal = 0;
        }

        if (section == NextSteps)
        {
            return;
        }

        if (faq && ArticleLine.IsQuestionHeading(heading))
        {
            Start(heading.Line + 1, anchor, ArticlePatterns.QuestionText(localText), englishText is null ? null : ArticlePatterns.QuestionText(englishText));
        }
        else if (!faq)
        {
            Start(heading.Line + 1, anchor, localText, englishText);
        }
    }

    private void Start(int lineNumber, string anchor, string localQuestion, string? englishQuestion)
    {
        ordinal++;
        current = new EntryContent(faq, section.Length > 0 ? section : anchor, anchor, ordinal, lineNumber, localQuestion, englishQuestion);
    }

    private void Close()
    {
        if (current is not null)
        {
            entries.Add(current.Build(language, locale));
            current = null;
        }
    }

    /// <summary>Lines split off a paragraph, as a paragraph of their own.</summary>
    private static ParagraphBlock Paragraph(List<List<Inline>> lines)
    {
        var inlines = new ContainerInline();
        foreach (var line in lines)
        {
            if (inlines.FirstChild is not null)
            {
                inlines.AppendChild(new LineBreakInline());
            }

            foreach (var inline in line)
            {
                inline.Remove();
                inlines.AppendChild(inline);
            }
        }

        return new ParagraphBlock { Inline = inlines };
    }
}
