using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Parsing;

namespace BenefitsBot.Domain.Tests.Knowledge;

public sealed class ArticleParserTests
{
    private const string Front = "---\ntitle: T\nms.contentlocale: nl-NL\nms.date: 12/10/2020\nms.locfileid: \"1\"\n---\n";

    private static string Span(string id, string local, string english) =>
        $"<span data-ttu-id=\"{id}\">{local}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{english}</span></span>";

    [Fact]
    public void Parse_LocalizedFaq_PairsTranslatedAndEnglishQuestionAndAnswer()
    {
        var text = Front + "# <a name=\"faq\"></a>" + Span("1", "Vragen", "Questions") + "\n\n## <a name=\"sec\"></a>" + Span("2", "Sectie", "Section") + "\n\n"
            + Span("3", "**V: wat is een token?**", "**Q: What is a token?**") + "\n\n" + Span("4", "A: een sleutel.", "A: A key.") + "\n";

        var article = ArticleParser.Parse("a.md", text);

        var entry = Assert.Single(article.Entries);
        Assert.Equal(("faq", "nl", "sec"), (article.Slug, article.Language, entry.Anchor));
        Assert.Equal("wat is een token?", entry.Local.Question);
        Assert.Equal("What is a token?", entry.English!.Question);
        Assert.Equal("een sleutel.", entry.Local.AnswerText);
        Assert.Equal("A key.", entry.English.AnswerText);
        Assert.Contains(article.Sentences, sentence => sentence.Translated == "A: een sleutel." && sentence.English == "A: A key.");
        Assert.Equal("1", article.FrontMatter.LocFileId);
    }

    [Theory]
    [InlineData("sv-SE", "**F: Vad är en token?**", "Vad är en token?")]
    [InlineData("sv-SE", "**C.** **Hur vet vi** hur många **licenser?**", "Hur vet vi hur många licenser?")]
    [InlineData("nl-NL", "**V: Wat is een token?**", "Wat is een token?")]
    [InlineData("zh-TW", "**問：** **什麼是權杖？**", "什麼是權杖？")]
    [InlineData("en-US", "**Q:** **What is a token?**", "What is a token?")]
    public void Parse_QuestionMarkerOfEachLanguage_StartsAnEntry(string locale, string line, string question)
    {
        var text = $"---\ntitle: T\nms.contentlocale: {locale}\n---\n# <a name=\"faq\"></a>FAQ\n\n{line}\n\nA: Svar.\n";

        var entry = Assert.Single(ArticleParser.Parse("a.md", text).Entries);

        Assert.Equal(question, entry.Local.Question);
        Assert.Equal("Svar.", entry.Local.AnswerText);
    }

    [Fact]
    public void Parse_QuestionHeadings_UseTheirOwnAnchor()
    {
        var text = Front + "# <a name=\"faq\"></a>FAQ\n\n## <a name=\"general\"></a>General\n\n### <a name=\"q-how\"></a>" + Span("1", "V.", "Q.") + " " + Span("2", "Hoe verleng ik", "How do I renew") + "\n\nTekst.\n";

        var entry = Assert.Single(ArticleParser.Parse("a.md", text).Entries);

        Assert.Equal(("q-how", "How do I renew", "Hoe verleng ik"), (entry.Anchor, entry.English!.Question, entry.Local.Question));
    }

    [Fact]
    public void Parse_HowToArticle_EachSectionIsAnEntryWithStepsNotesAndAbsoluteLinks()
    {
        var text = "---\ntitle: T\nms.contentlocale: sv-SE\n---\n# <a name=\"manage\"></a>Manage\n\nIntro.\n\n## <a name=\"keys\"></a>Nycklar\n\n"
            + "1. Välj **Programvara**.\n\n2. Läs [rollerna](permissions-overview.md#roles).\n\n>[!NOTE]\n>Viktigt att veta.\n\n- En punkt\n\n## <a name=\"next-steps\"></a>Nästa steg\n\n- [X](x.md)\n";

        var entry = Assert.Single(ArticleParser.Parse("a.md", text).Entries);

        Assert.Equal(("Nycklar", "keys"), (entry.Local.Question, entry.Anchor));
        Assert.Collection(
            entry.Local.Answer,
            step => Assert.Equal((AnswerBlockKind.Step, 1, "Välj Programvara.", "Välj **Programvara**."), (step.Kind, step.StepNumber!.Value, step.Text, step.Markdown)),
            step => Assert.Equal(new Uri("https://learn.microsoft.com/sv-se/partner-center/permissions-overview#roles"), Assert.Single(step.Links).Url),
            note => Assert.Equal((AnswerBlockKind.Note, NoteKind.Note, "Viktigt att veta."), (note.Kind, note.Note!.Value, note.Text)),
            bullet => Assert.Equal(AnswerBlockKind.Bullet, bullet.Kind));
    }

    [Fact]
    public void Parse_UnclosedSpan_ReportsFileAndLine()
    {
        var text = Front + "# <a name=\"faq\"></a>FAQ\n\n<span data-ttu-id=\"9\">kapot\n";

        var error = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("broken.md", text));

        Assert.Equal(("broken.md", 9), (error.FilePath, error.LineNumber));
    }

    [Fact]
    public void Parse_UnclosedFrontMatter_ReportsFileAndLine()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("f.md", "---\ntitle: T\n# no end\n"));

        Assert.Equal("f.md", error.FilePath);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public void Parse_NoTitleHeading_Throws()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("t.md", "---\ntitle: T\n---\n## <a name=\"s\"></a>S\n\ntext\n"));

        Assert.Contains("title heading", error.Message, StringComparison.Ordinal);
    }
}
