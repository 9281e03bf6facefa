using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Parsing;

namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>The Markdown the Docs articles may use beyond what the shipped ones do: nested YAML, tables, nested alerts, Docs images.</summary>
public sealed class ArticleMarkdownTests
{
    private const string HowTo = "---\ntitle: T\nms.contentlocale: en-us\n---\n# <a name=\"manage\"></a>Manage\n\n## <a name=\"keys\"></a>Keys\n\n";

    private static ParsedEntry Single(string body) => Assert.Single(ArticleParser.Parse("a.md", HowTo + body).Entries);

    [Fact]
    public void Parse_NestedFrontMatter_ReadsTheScalarFields()
    {
        var text = "---\ntitle: 'Keys: how'\nms.custom:\n  - SEOJUNE20\n  - seo\nauthor:\n  name: Kim\nms.locfileid: \"7\"\nMS.DATE: 12/15/2020\n---\n# <a name=\"faq\"></a>FAQ\n\n**Q: Who?**\n\nA: We.\n";

        var article = ArticleParser.Parse("a.md", text);

        Assert.Equal(("Keys: how", "en-us", "7", "12/15/2020"), (article.FrontMatter.Title, article.FrontMatter.Locale, article.FrontMatter.LocFileId, article.FrontMatter.Date));
    }

    [Theory]
    [InlineData("title: T\nms.custom: [a, b\nms.date: 1\n", 3)]
    [InlineData("title: Q: who pays?\n", 2)]
    public void Parse_FrontMatterThatIsNoYaml_ReportsItsLine(string yaml, int line)
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("y.md", $"---\n{yaml}---\n# T\n\n## S\n\nx\n"));

        Assert.Equal(("y.md", line), (error.FilePath, error.LineNumber));
    }

    [Fact]
    public void Parse_FrontMatterKeysInAnyCase_TheLaterOneCounts() =>
        Assert.Equal("U", ArticleParser.Parse("c.md", "---\ntitle: T\nTitle: U\n---\n# T\n\n## S\n\nx\n").FrontMatter.Title);

    [Fact]
    public void Parse_FrontMatterWithoutTitle_ReportsItsClosingLine()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("n.md", "---\nms.date: 1\nauthor: x\n---\n# T\n"));

        Assert.Equal((4, "the front matter has no title"), (error.LineNumber, error.Reason));
    }

    [Fact]
    public void Parse_Table_GivesAParagraphPerRow()
    {
        var entry = Single("| Offer | Renewal |\n|---|---|\n| Action Pack | **yearly** |\n");

        Assert.Equal(["Offer | Renewal", "Action Pack | yearly"], entry.Local.Answer.Select(block => block.Text));
        Assert.Equal("Action Pack | **yearly**", entry.Local.Answer[1].Markdown);
    }

    [Fact]
    public void Parse_AlertInsideAList_IsANoteAfterItsStep()
    {
        var entry = Single("1. Assign users.\n\n   > [!IMPORTANT]\n   > Add them first.\n   >\n   > In **Account settings**.\n\n2. Repeat.\n");

        Assert.Collection(
            entry.Local.Answer,
            step => Assert.Equal((AnswerBlockKind.Step, 1, "Assign users."), (step.Kind, step.StepNumber!.Value, step.Text)),
            note => Assert.Equal((NoteKind.Important, "Add them first. In Account settings."), (note.Note!.Value, note.Text)),
            step => Assert.Equal(2, step.StepNumber));
    }

    [Fact]
    public void Parse_DocsImage_GivesNoBlock()
    {
        var entry = Single("Text.\n\n:::image type=\"content\" source=\"images/a.png\" alt-text=\"The tab.\":::\n\nMore.\n");

        Assert.Equal(["Text.", "More."], entry.Local.Answer.Select(block => block.Text));
    }

    [Fact]
    public void Parse_DashesUnderText_AreNoHeadingThatEndsTheEntry()
    {
        var entry = Single("Text\n---\n\nMore.\n");

        Assert.Equal(["Text ---", "More."], entry.Local.Answer.Select(block => block.Text));
    }

    [Fact]
    public void Parse_EntitiesEscapesAndCode_PlainTextDecodedMarkdownAsWritten()
    {
        var block = Assert.Single(Single("a &lt; b, \\[x\\], `c*d` and \\*\\*lost bold.\n").Local.Answer);

        Assert.Equal(("a < b, [x], c*d and lost bold.", "a &lt; b, \\[x\\], `c*d` and lost bold."), (block.Text, block.Markdown));
    }

    [Fact]
    public void Parse_QuestionWithItsAnswerOnTheNextLine_SplitsTheParagraph()
    {
        var text = "---\ntitle: T\n---\n# <a name=\"faq\"></a>FAQ\n\nIntro.\n**Q: Who renews?**\nA: The admin.\nThen the **owner**.\n";

        var entry = Assert.Single(ArticleParser.Parse("a.md", text).Entries);

        Assert.Equal(("Who renews?", 7), (entry.Local.Question, entry.LineNumber));
        Assert.Equal("The admin. Then the **owner**.", Assert.Single(entry.Local.Answer).Markdown);
    }
}
