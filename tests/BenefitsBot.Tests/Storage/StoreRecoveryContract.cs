using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Tests.Storage;

/// <summary>A store that could not be set up recovers on its own once the database is back, with no restart; run against SQLite and PostgreSQL.</summary>
public abstract class StoreRecoveryContract : StoreContract
{
    private static readonly ConversationReference Reference =
        new("msteams", "https://smba.trafficmanager.net/emea/", "c1", "personal", "t1", null, null, "29:user", "aad-user", "28:bot", "sv-SE");

    [Fact]
    public async Task OpenAsync_DatabaseUnavailableAtFirstUse_WorksOnceItIsBackWithoutRestart()
    {
        var (probe, references, restore) = Backend.Unavailable();

        var whileDown = await Record.ExceptionAsync(() => references.SaveAsync(Reference, CancellationToken.None));
        var probedDown = await Record.ExceptionAsync(() => probe.CheckAsync(CancellationToken.None));
        await restore();
        await probe.CheckAsync(CancellationToken.None);
        await references.SaveAsync(Reference, CancellationToken.None);

        Assert.NotNull(whileDown);
        Assert.NotNull(probedDown);
        Assert.Equal("c1", (await references.FindAsync("t1", "c1", CancellationToken.None))?.ConversationId);
    }

    [Fact]
    public async Task OpenAsync_ManyCallersWhileDown_EachFailsAndNoneKeepsTheFailure()
    {
        var (probe, references, restore) = Backend.Unavailable();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Record.ExceptionAsync(() => probe.CheckAsync(CancellationToken.None))));
        await restore();
        var after = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Record.ExceptionAsync(() => references.ListActiveAsync("t1", CancellationToken.None))));

        Assert.All(attempts, Assert.NotNull);
        Assert.All(after, Assert.Null);
    }
}

public sealed class SqliteStoreRecoveryTests : StoreRecoveryContract
{
    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}

public sealed class PostgresStoreRecoveryTests : StoreRecoveryContract
{
    protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
