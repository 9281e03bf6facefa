using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage;

namespace BenefitsBot.Tests.Storage;

public sealed class SqliteConversationReferenceStoreTests : IDisposable
{
    private readonly TempSqliteDatabase temp = new();

    public void Dispose() => temp.Dispose();

    private static ConversationReference Reference(string tenant, string conversation, string serviceUrl = "https://smba.trafficmanager.net/emea/") =>
        new("msteams", serviceUrl, conversation, "channel", tenant, "team-1", "19:general@thread.tacv2", "29:user", "aad-user", "28:bot", "sv-SE");

    [Fact]
    public async Task SaveAsync_SameConversationTwice_KeepsLatestServiceUrl()
    {
        var store = new SqliteConversationReferenceStore(temp.Database);
        await store.SaveAsync(Reference("t1", "c1"), CancellationToken.None);
        await store.SaveAsync(Reference("t1", "c1", "https://smba.trafficmanager.net/amer/"), CancellationToken.None);

        var found = await store.FindAsync("t1", "c1", CancellationToken.None);

        Assert.Equal("https://smba.trafficmanager.net/amer/", found?.ServiceUrl);
        Assert.Single(await store.ListActiveAsync("t1", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_OtherTenant_ReturnsNothing()
    {
        var store = new SqliteConversationReferenceStore(temp.Database);
        await store.SaveAsync(Reference("t1", "c1"), CancellationToken.None);

        Assert.Null(await store.FindAsync("t2", "c1", CancellationToken.None));
        Assert.Empty(await store.ListActiveAsync("t2", CancellationToken.None));
    }

    [Fact]
    public async Task MarkInactiveAsync_ThenSaveAgain_ReactivatesOnlyOnSave()
    {
        var store = new SqliteConversationReferenceStore(temp.Database);
        await store.SaveAsync(Reference("t1", "c1"), CancellationToken.None);
        await store.SaveAsync(Reference("t1", "c2"), CancellationToken.None);

        await store.MarkInactiveAsync("t1", "c1", CancellationToken.None);
        var afterRemoval = await store.ListActiveAsync("t1", CancellationToken.None);
        await store.SaveAsync(Reference("t1", "c1"), CancellationToken.None);

        Assert.Equal(["c2"], afterRemoval.Select(r => r.ConversationId));
        Assert.Equal(2, (await store.ListActiveAsync("t1", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SaveAsync_SurvivesReopeningTheFile_WithAllFields()
    {
        var original = Reference("t1", "a:1;messageid=2");
        await new SqliteConversationReferenceStore(temp.Database).SaveAsync(original, CancellationToken.None);

        var reopened = new SqliteConversationReferenceStore(new SqliteDatabase($"Data Source={temp.Path}"));

        Assert.Equal(original, await reopened.FindAsync("t1", "a:1;messageid=2", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_WithoutTenant_Throws()
    {
        var store = new SqliteConversationReferenceStore(temp.Database);
        await Assert.ThrowsAsync<ArgumentNullException>(() => store.SaveAsync(Reference(null!, "c1"), CancellationToken.None));
    }
}
