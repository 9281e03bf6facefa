using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Escalation;
using BenefitsBot.Knowledge;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Tests.Knowledge;

/// <summary>The per-tenant answerer cache over a real SQLite store: shared until a tenant adds something, rebuilt on every change.</summary>
public sealed class TenantAnswerersTests : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly KnowledgeBase Shipped = KnowledgeBase.Load(ShippedContent.ArticlesFolder);

    [Fact]
    public async Task ForTenantAsync_NoTenantOrNothingAdded_SharedAnswerer()
    {
        using var answerers = Create(new KnowledgeBaseStore(Shipped));

        var none = await answerers.ForTenantAsync(null, None);
        var empty = await answerers.ForTenantAsync("tenant-a", None);

        Assert.Same(answerers.Shared(), none);
        Assert.Same(none, empty);
    }

    [Fact]
    public async Task ForTenantAsync_AfterEachChange_RebuiltOnceThenCached()
    {
        using var answerers = Create(new KnowledgeBaseStore(Shipped));
        var ticket = AnsweredTicket("Who approves travel to the Zephyr summit?");
        await Backend.TenantKnowledge.SaveArticleAsync("tenant-a", Article(ticket), None);

        var first = await answerers.ForTenantAsync("tenant-a", None);
        var again = await answerers.ForTenantAsync("tenant-a", None);
        await Backend.ReopenTenantKnowledge().AddAlternateAsync("tenant-a", new TenantAlternate("s-1", AdminAnswerArticle.EntryId(ticket), "sv", "vem godkänner resan till Zephyr?"), None);
        var changed = await answerers.ForTenantAsync("tenant-a", None);

        Assert.NotNull(first.KnowledgeBase.Find(AdminAnswerArticle.EntryId(ticket)));
        Assert.Same(first, again);
        Assert.NotSame(first, changed);
        Assert.Equal(["vem godkänner resan till Zephyr?"], changed.KnowledgeBase.Alternates.For(AdminAnswerArticle.EntryId(ticket), "sv"));
        Assert.Null((await answerers.ForTenantAsync("tenant-b", None)).KnowledgeBase.Find(AdminAnswerArticle.EntryId(ticket)));
    }

    [Fact]
    public async Task ForTenantAsync_MoreTenantsThanKept_EachStillGetsItsOwn()
    {
        using var answerers = Create(new KnowledgeBaseStore(Shipped), kept: 1);
        var a = AnsweredTicket("Who approves travel to the Zephyr summit?");
        var b = AnsweredTicket("Who books the Orion room?");
        await Backend.TenantKnowledge.SaveArticleAsync("tenant-a", Article(a), None);
        await Backend.TenantKnowledge.SaveArticleAsync("tenant-b", Article(b), None);

        var forA = await answerers.ForTenantAsync("tenant-a", None);
        var forB = await answerers.ForTenantAsync("tenant-b", None);
        var forAAgain = await answerers.ForTenantAsync("tenant-a", None);

        Assert.NotNull(forA.KnowledgeBase.Find(AdminAnswerArticle.EntryId(a)));
        Assert.Null(forB.KnowledgeBase.Find(AdminAnswerArticle.EntryId(a)));
        Assert.NotNull(forB.KnowledgeBase.Find(AdminAnswerArticle.EntryId(b)));
        Assert.NotNull(forAAgain.KnowledgeBase.Find(AdminAnswerArticle.EntryId(a)));
    }

    [Fact]
    public async Task ForTenantAsync_StoredArticleNoLongerParses_LeftOutAndTheRestKept()
    {
        using var answerers = Create(new KnowledgeBaseStore(Shipped));
        var good = AnsweredTicket("Who approves travel to the Zephyr summit?");
        await Backend.TenantKnowledge.SaveArticleAsync("tenant-a", Article(good), None);
        await Backend.TenantKnowledge.SaveArticleAsync("tenant-a", new TenantArticle("admin-answer-broken", "admin-answer-broken.en-us.md", "no front matter"), None);

        var answerer = await answerers.ForTenantAsync("tenant-a", None);

        Assert.NotNull(answerer.KnowledgeBase.Find(AdminAnswerArticle.EntryId(good)));
        Assert.Equal(Shipped.Entries.Count + 1, answerer.KnowledgeBase.Entries.Count);
    }

    [Fact]
    public async Task ForTenantAsync_AnswerStoredWithUnquotedFrontMatter_StillLoads()
    {
        using var answerers = Create(new KnowledgeBaseStore(Shipped));
        var ticket = AnsweredTicket("Travel: who approves the #Zephyr summit?");
        var legacy = "---\ntitle: Travel: who approves the #Zephyr summit?\nms.date: 11/22/2026\nms.contentlocale: en-us\nauthor: Adele: admin\n---\n"
            + AdminAnswerArticle.Render(ticket, new DateOnly(2026, 11, 22)).Split("\n---\n", 2)[1];
        await Backend.TenantKnowledge.SaveArticleAsync("tenant-a", new TenantArticle(AdminAnswerArticle.Slug(ticket), AdminAnswerArticle.FileName(ticket), legacy), None);

        var entry = (await answerers.ForTenantAsync("tenant-a", None)).KnowledgeBase.Find(AdminAnswerArticle.EntryId(ticket));

        Assert.NotNull(entry);
        Assert.Equal("Travel: who approves the #Zephyr summit?", entry.QuestionEn);
    }

    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());

    private TenantAnswerers Create(KnowledgeBaseStore shared, int kept = 32) =>
        new(shared, Backend.TenantKnowledge, Options.Create(new KnowledgeOptions { TenantAnswerers = kept }), TimeProvider.System, NullLogger<TenantAnswerers>.Instance);

    private static Ticket AnsweredTicket(string question) =>
        new(Guid.NewGuid().ToString("N"), question, "en", "aad-user", "29:user", "Alex", "a:personal", TicketState.Resolved, DateTimeOffset.UnixEpoch)
        {
            Answer = "Nestor Wilke does.",
            AnsweredByName = "Adele",
        };

    private static TenantArticle Article(Ticket ticket) =>
        new(AdminAnswerArticle.Slug(ticket), AdminAnswerArticle.FileName(ticket), AdminAnswerArticle.Render(ticket, new DateOnly(2026, 11, 22)));
}
