using BenefitsBot.Storage.Knowledge;

namespace BenefitsBot.Tests.Storage;

/// <summary>What every store of the tenants' own knowledge must do; run against SQLite and PostgreSQL.</summary>
public abstract class TenantKnowledgeStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static TenantArticle Article(string id, string body = "The alliance manager approves it.") =>
        new(id, id + ".en-us.md", "---\ntitle: T\nms.contentlocale: en-us\n---\n# T\n\n**Q: Who?**\n\n" + body + "\n");

    [Fact]
    public async Task ReadAsync_TenantWithNothingAdded_EmptyAtVersionZero()
    {
        var content = await Backend.TenantKnowledge.ReadAsync("t1", None);

        Assert.True(content.IsEmpty);
        Assert.Equal(0, content.Version);
        Assert.Equal(0, await Backend.TenantKnowledge.VersionAsync("t1", None));
    }

    [Fact]
    public async Task SaveAndAdd_ArticleAndAlternate_ReadBackAndEveryChangeBumpsTheVersion()
    {
        var store = Backend.TenantKnowledge;
        var alternate = new TenantAlternate("s-1", "benefits-faq/q-renew", "sv", "när förnyar vi?");

        await store.SaveArticleAsync("t1", Article("admin-answer-1"), None);
        var afterArticle = await store.VersionAsync("t1", None);
        Assert.True(await store.AddAlternateAsync("t1", alternate, None));
        var content = await store.ReadAsync("t1", None);

        Assert.Equal(1, afterArticle);
        Assert.Equal(2, content.Version);
        Assert.Equal([Article("admin-answer-1")], content.Articles);
        Assert.Equal([alternate], content.Alternates);
    }

    [Fact]
    public async Task SaveArticleAsync_SameIdAgain_ReplacesItAndBumpsTheVersion()
    {
        var store = Backend.TenantKnowledge;
        await store.SaveArticleAsync("t1", Article("admin-answer-1"), None);

        await store.SaveArticleAsync("t1", Article("admin-answer-1", "Nestor approves it."), None);

        var content = await store.ReadAsync("t1", None);
        Assert.Equal(2, content.Version);
        Assert.Contains("Nestor approves it.", Assert.Single(content.Articles).Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAlternateAsync_SameIdTwice_SecondChangesNothing()
    {
        var store = Backend.TenantKnowledge;
        var alternate = new TenantAlternate("s-1", "e/1", "en", "who approves travel?");
        await store.AddAlternateAsync("t1", alternate, None);

        var added = await store.AddAlternateAsync("t1", alternate with { Text = "another text" }, None);

        Assert.False(added);
        var content = await store.ReadAsync("t1", None);
        Assert.Equal(1, content.Version);
        Assert.Equal("who approves travel?", Assert.Single(content.Alternates).Text);
    }

    [Fact]
    public async Task RemoveAlternateAsync_ExistingAndMissing_RemovesOnceBumpsOnce()
    {
        var store = Backend.TenantKnowledge;
        await store.AddAlternateAsync("t1", new TenantAlternate("s-1", "e/1", "en", "who approves travel?"), None);

        var removed = await store.RemoveAlternateAsync("t1", "s-1", None);
        var again = await store.RemoveAlternateAsync("t1", "s-1", None);

        Assert.True(removed);
        Assert.False(again);
        var content = await store.ReadAsync("t1", None);
        Assert.Empty(content.Alternates);
        Assert.Equal(2, content.Version);
    }

    [Fact]
    public async Task ReadAsync_OtherTenantsContent_SeesNothingAndItsVersionStaysZero()
    {
        var store = Backend.TenantKnowledge;
        await store.SaveArticleAsync("tenant-b", Article("admin-answer-1"), None);
        await store.AddAlternateAsync("tenant-b", new TenantAlternate("s-1", "e/1", "en", "who approves travel?"), None);

        var removedAcross = await store.RemoveAlternateAsync("tenant-a", "s-1", None);

        Assert.False(removedAcross);
        Assert.True((await store.ReadAsync("tenant-a", None)).IsEmpty);
        Assert.Equal(0, await store.VersionAsync("tenant-a", None));
        Assert.Single((await store.ReadAsync("tenant-b", None)).Alternates);
    }

    [Fact]
    public async Task AddAlternateAsync_FromTwoInstancesAtOnce_LosesNoAlternateAndNoVersion()
    {
        var other = Backend.ReopenTenantKnowledge();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? Backend.TenantKnowledge : other).AddAlternateAsync("t1", new TenantAlternate($"s-{i:D2}", "e/1", "en", $"question {i}"), None)));

        var content = await other.ReadAsync("t1", None);
        Assert.Equal(20, content.Alternates.Count);
        Assert.Equal(20, content.Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task EveryCall_WithoutTenant_Throws(string? tenantId)
    {
        var store = Backend.TenantKnowledge;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.VersionAsync(tenantId!, None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.ReadAsync(tenantId!, None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.SaveArticleAsync(tenantId!, Article("a"), None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AddAlternateAsync(tenantId!, new TenantAlternate("s", "e/1", "en", "q"), None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.RemoveAlternateAsync(tenantId!, "s", None));
    }
}

public sealed class SqliteTenantKnowledgeStoreTests : TenantKnowledgeStoreContract
{
    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}

public sealed class PostgresTenantKnowledgeStoreTests : TenantKnowledgeStoreContract
{
    protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
