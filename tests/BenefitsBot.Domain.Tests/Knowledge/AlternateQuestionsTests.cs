using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>The optional alternate-questions.tsv beside the articles: loaded, indexed like a question, and checked line by line.</summary>
public sealed class AlternateQuestionsTests : IDisposable
{
    // Words no article uses, so only the alternate can make this question match.
    private const string Paraphrase = "zorblax quindle frumpet";

    private readonly string folder = Directory.CreateTempSubdirectory("kb-alternates-").FullName;

    public AlternateQuestionsTests()
    {
        foreach (var file in Directory.EnumerateFiles(ShippedArticles.Folder, "*.md"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void TryLoad_NoAlternatesFile_LoadsWithoutAlternates()
    {
        var result = KnowledgeBase.TryLoad(folder);

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.KnowledgeBase!.Alternates.Count);
    }

    [Fact]
    public void Ask_ParaphraseOnlyInAlternates_MatchesThatEntry()
    {
        var target = ShippedArticles.KnowledgeBase.Entries[3];
        var before = new FaqAnswerer(KnowledgeBase.Load(folder)).Ask(Paraphrase, "en-US");
        File.WriteAllLines(Path.Combine(folder, AlternateQuestions.FileName), ["question_en\tlang\ttext", $"{target.QuestionEn}\ten\t{Paraphrase}?"]);

        var loaded = KnowledgeBase.Load(folder);
        var after = new FaqAnswerer(loaded).Ask(Paraphrase, "en-US");

        Assert.Equal(1, loaded.Alternates.Count);
        Assert.NotEqual(target.Id, before.Entry?.Id);
        Assert.Equal(FaqResultKind.Answer, after.Kind);
        Assert.Equal(target.Id, after.Entry?.Id);
    }

    [Theory]
    [InlineData("No such question at all?\ten\tsome text", "no entry")]
    [InlineData("{0}\tde\twie bekomme ich das", "unknown language")]
    [InlineData("{0}\ten", "three tab-separated columns")]
    public void TryLoad_MalformedLine_ReportsFileAndLine(string badLine, string reason)
    {
        var question = ShippedArticles.KnowledgeBase.Entries[0].QuestionEn;
        var file = Path.Combine(folder, AlternateQuestions.FileName);
        File.WriteAllLines(file, ["question_en\tlang\ttext", $"{question}\tsv\thur gör jag", string.Format(System.Globalization.CultureInfo.InvariantCulture, badLine, question)]);

        var result = KnowledgeBase.TryLoad(folder);

        Assert.Null(result.KnowledgeBase);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.FilePath);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
