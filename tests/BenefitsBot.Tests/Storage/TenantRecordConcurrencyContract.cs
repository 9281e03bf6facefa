using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Tests.Storage;

/// <summary>Two bot instances (two store objects over one database) writing the same record at once; run against SQLite and PostgreSQL.</summary>
public abstract class TenantRecordConcurrencyContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task UpdateAsync_TwoInstancesFromTheSameVersion_ExactlyOneWinsEachRound()
    {
        var (other, _) = Backend.ReopenTenantStores();
        var current = await Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.Cloud(), None);

        for (var round = 0; round < 20; round++)
        {
            var outcomes = await Task.WhenAll(
                TryUpdateAsync(Backend.TenantRecords, current.Value with { Seats = 1000 + round }, current.Version),
                TryUpdateAsync(other, current.Value with { Seats = 2000 + round }, current.Version));

            var winner = Assert.Single(outcomes, o => o is not null);
            Assert.Equal(winner, await other.FindAsync<CloudSubscription>("t1", "m365-e3", None));
            current = winner!;
        }

        Assert.Equal(21, current.Version);
    }

    [Fact]
    public async Task UpdateAsync_ManyParallelAppendsWithRetry_LoseNone()
    {
        var (other, _) = Backend.ReopenTenantStores();
        await Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.Credit(), None);
        var users = Enumerable.Range(0, 30).Select(i => $"user-{i:D2}").ToArray();

        await Task.WhenAll(users.Select((user, i) => AddUserWithRetryAsync(i % 2 == 0 ? Backend.TenantRecords : other, user)));

        var final = await Backend.TenantRecords.FindAsync<AzureCredit>("t1", "azure-monthly", None);
        Assert.Equal(users, final!.Value.UserObjectIds.Order(StringComparer.Ordinal));
        Assert.Equal(users.Length + 1, final.Version);
    }

    [Fact]
    public async Task InsertAsync_ManyInstancesCreateTheSameRecord_ExactlyOneCreates()
    {
        var (other, _) = Backend.ReopenTenantStores();

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await (i % 2 == 0 ? Backend.TenantRecords : other).InsertAsync("t1", TenantRecordSamples.Dialog(step: i), None);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }));

        Assert.Single(created, c => c);
        var stored = await other.FindAsync<DialogState>("t1", TenantRecordSamples.Dialog().RecordId, None);
        Assert.Equal(1, stored?.Version);
        Assert.True(created[stored!.Value.Step]);
    }

    private static async Task<Versioned<CloudSubscription>?> TryUpdateAsync(ITenantRecordStore store, CloudSubscription record, long expectedVersion)
    {
        try
        {
            return await store.UpdateAsync("t1", record, expectedVersion, None);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    /// <summary>The read-modify-write loop the dialogs use: on a conflict, reload and apply the change again.</summary>
    private static async Task AddUserWithRetryAsync(ITenantRecordStore store, string user)
    {
        while (true)
        {
            var current = (await store.FindAsync<AzureCredit>("t1", "azure-monthly", None))!;
            await Task.Yield(); // a dialog does its work between load and save; let the other writers in here
            try
            {
                await store.UpdateAsync("t1", current.Value with { UserObjectIds = [.. current.Value.UserObjectIds, user] }, current.Version, None);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // Someone else saved first: reload and apply the change again.
            }
        }
    }
}

public sealed class SqliteTenantRecordConcurrencyTests : TenantRecordConcurrencyContract
{
    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}

public sealed class PostgresTenantRecordConcurrencyTests : TenantRecordConcurrencyContract
{
    protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
