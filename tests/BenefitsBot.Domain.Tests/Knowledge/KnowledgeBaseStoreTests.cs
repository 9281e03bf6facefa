using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Domain.Tests.Knowledge;

public sealed class KnowledgeBaseStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kb-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Import_FolderWithOneBadFile_KeepsCurrentAndReportsFileAndLine()
    {
        File.Copy(Path.Combine(ShippedArticles.Folder, "benefits-faq.sv-se.md"), Path.Combine(folder, "good.md"));
        File.WriteAllText(Path.Combine(folder, "bad.md"), "---\ntitle: Bad\n---\n# <a name=\"bad\"></a>Bad\n\n<span data-ttu-id=\"1\">unclosed\n");
        var store = new KnowledgeBaseStore(ShippedArticles.KnowledgeBase);

        var result = store.Import(folder);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((Path.Combine(folder, "bad.md"), 6), (error.FilePath, error.LineNumber));
        Assert.Same(ShippedArticles.KnowledgeBase, store.Current);
    }

    [Fact]
    public void Import_GoodFolder_SwapsInTheNewKnowledgeBase()
    {
        File.Copy(Path.Combine(ShippedArticles.Folder, "benefits-faq.sv-se.md"), Path.Combine(folder, "good.md"));
        var store = new KnowledgeBaseStore(ShippedArticles.KnowledgeBase);

        var result = store.Import(folder);

        Assert.True(result.Succeeded);
        Assert.Same(result.KnowledgeBase, store.Current);
        Assert.Equal(9, store.Current.Entries.Count);
        Assert.NotNull(store.Current.Find("benefits-faq/q-how-do-i-renew-my-benefits"));
    }

    [Fact]
    public void Load_MissingFolder_ThrowsArticleFormatException() =>
        Assert.Throws<ArticleFormatException>(() => KnowledgeBase.Load(Path.Combine(folder, "missing")));
}
