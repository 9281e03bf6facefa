using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Tests.Storage;

/// <summary>What every conversation-reference store must do; run against SQLite and PostgreSQL.</summary>
public abstract class ConversationReferenceStoreContract : StoreContract
{
    private static ConversationReference Reference(string tenant, string conversation, string serviceUrl = "https://smba.trafficmanager.net/emea/") =>
        new("msteams", serviceUrl, conversation, "channel", tenant, "team-1", "19:general@thread.tacv2", "29:user", "aad-user", "28:bot", "sv-SE");

    [Fact]
    public async Task SaveAsync_SameConversationTwice_KeepsLatestServiceUrl()
    {
        var store = Backend.ConversationReferences;
        await store.SaveAsync(Reference("t1", "c1"), CancellationToken.None);
        await store.SaveAsync(Reference("t1", "c1", "https://smba.trafficmanager.net/amer/"), CancellationToken.None);

        var found = await store.FindAsync("t1", "c1", CancellationToken.None);

        Assert.Equal("https://smba.trafficmanager.net/amer/", found?.ServiceUrl);
        Assert.Single(await store.ListActiveAsync("t1", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_OtherTenant_ReturnsNothing()
    {
        var store = Backend.ConversationReferences;
        await store.SaveAsync(Reference("t1", "c1"), CancellationToken.None);

        Assert.Null(await store.FindAsync("t2", "c1", CancellationToken.None));
        Assert.Empty(await store.ListActiveAsync("t2", CancellationToken.None));
    }

    [Fact]
    public async Task MarkInactiveAsync_ThenSaveAgain_ReactivatesOnlyOnSave()
    {
        var store = Backend.ConversationReferences;
        await store.SaveAsync(Reference("t1", "c1"), CancellationToken.None);
        await store.SaveAsync(Reference("t1", "c2"), CancellationToken.None);

        await store.MarkInactiveAsync("t1", "c1", CancellationToken.None);
        var afterRemoval = await store.ListActiveAsync("t1", CancellationToken.None);
        await store.SaveAsync(Reference("t1", "c1"), CancellationToken.None);

        Assert.Equal(["c2"], afterRemoval.Select(r => r.ConversationId));
        Assert.Equal(2, (await store.ListActiveAsync("t1", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SaveAsync_SeenByAnotherInstance_WithAllFields()
    {
        var original = Reference("t1", "a:1;messageid=2");
        await Backend.ConversationReferences.SaveAsync(original, CancellationToken.None);

        var (other, _) = Backend.Reopen();

        Assert.Equal(original, await other.FindAsync("t1", "a:1;messageid=2", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ConcurrentWritersOnOneConversation_LeaveOneRow()
    {
        var (other, _) = Backend.Reopen();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? Backend.ConversationReferences : other).SaveAsync(Reference("t1", "c1", $"https://smba.trafficmanager.net/r{i}/"), CancellationToken.None)));

        var stored = Assert.Single(await Backend.ConversationReferences.ListActiveAsync("t1", CancellationToken.None));
        Assert.StartsWith("https://smba.trafficmanager.net/r", stored.ServiceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_WithoutTenant_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Backend.ConversationReferences.SaveAsync(Reference(null!, "c1"), CancellationToken.None));
    }
}

public sealed class SqliteConversationReferenceStoreTests : ConversationReferenceStoreContract
{
    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}

public sealed class PostgresConversationReferenceStoreTests : ConversationReferenceStoreContract
{
    protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
