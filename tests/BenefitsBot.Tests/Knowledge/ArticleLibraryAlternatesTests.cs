using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Knowledge;

namespace BenefitsBot.Tests.Knowledge;

/// <summary>The library stages alternate-questions.tsv with the articles; an imported one replaces the built-in one.</summary>
public sealed class ArticleLibraryAlternatesTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("benefitsbot-alternates-").FullName;

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Fact]
    public void Load_BuiltInAlternates_AreLoaded()
    {
        var knowledgeBase = new ArticleLibrary(ShippedContent.ArticlesFolder, Path.Combine(data, "imported")).Load();

        Assert.True(knowledgeBase.Alternates.Count > 500, $"{knowledgeBase.Alternates.Count} alternates");
    }

    [Fact]
    public void Import_AlternatesFile_ReplacesBuiltInOne()
    {
        var library = new ArticleLibrary(ShippedContent.ArticlesFolder, Path.Combine(data, "imported"));
        var question = library.Load().Entries[0].QuestionEn;
        var incoming = Directory.CreateDirectory(Path.Combine(data, "incoming")).FullName;
        File.WriteAllLines(Path.Combine(incoming, AlternateQuestions.FileName), ["question_en\tlang\ttext", $"{question}\tnl\thoe zit dat"]);

        var result = library.Import(incoming);

        Assert.True(result.Succeeded);
        Assert.Equal(1, library.Load().Alternates.Count);
    }

    [Fact]
    public void Import_BadAlternatesFile_ReportsImportedFileAndLineAndKeepsLibrary()
    {
        var library = new ArticleLibrary(ShippedContent.ArticlesFolder, Path.Combine(data, "imported"));
        var before = library.Load().Alternates.Count;
        var incoming = Directory.CreateDirectory(Path.Combine(data, "incoming")).FullName;
        var file = Path.Combine(incoming, AlternateQuestions.FileName);
        File.WriteAllLines(file, ["question_en\tlang\ttext", "Not a question in any article\ten\twhatever"]);

        var result = library.Import(incoming);

        var error = Assert.Single(result.Errors);
        Assert.Equal((file, 2), (error.FilePath, error.LineNumber));
        Assert.Equal(before, library.Load().Alternates.Count);
    }
}
