using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Tests.Storage;

/// <summary>Create, read, update and delete of per-tenant records; run against SQLite and PostgreSQL.</summary>
public abstract class TenantRecordStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task InsertAsync_EveryKind_ReadsBackEqualAtVersionOne()
    {
        var store = Backend.TenantRecords;

        await AssertRoundTripAsync(store, TenantRecordSamples.Offer());
        await AssertRoundTripAsync(store, TenantRecordSamples.Credit("u1", "guest#EXT#"));
        await AssertRoundTripAsync(store, TenantRecordSamples.Key());
        await AssertRoundTripAsync(store, TenantRecordSamples.Cloud());
        await AssertRoundTripAsync(store, TenantRecordSamples.VisualStudio());
        await AssertRoundTripAsync(store, TenantRecordSamples.Technical());
        await AssertRoundTripAsync(store, TenantRecordSamples.GoToMarket());
        await AssertRoundTripAsync(store, TenantRecordSamples.Contact());
        await AssertRoundTripAsync(store, TenantRecordSamples.Redeemed());
        await AssertRoundTripAsync(store, TenantRecordSamples.Dialog());
    }

    [Fact]
    public async Task InsertAsync_IdAlreadyExists_ThrowsConflictAndKeepsFirst()
    {
        await Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.Offer(), None);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.Offer() with { CompetencyArea = "Data Analytics" }, None));

        Assert.Equal((MembershipOffer.RecordKind, "ap-2026", 0L), (conflict.Kind, conflict.RecordId, conflict.ExpectedVersion));
        Assert.Equal("Cloud Platform", (await Backend.TenantRecords.FindAsync<MembershipOffer>("t1", "ap-2026", None))?.Value.CompetencyArea);
    }

    [Fact]
    public async Task UpdateAsync_CurrentVersion_StoresAndBumpsVersion()
    {
        var created = await Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.Offer(), None);
        var renewed = created.Value with { Anniversary = new DateOnly(2027, 4, 1), RenewedAt = new DateOnly(2026, 3, 20) };

        var updated = await Backend.TenantRecords.UpdateAsync("t1", renewed, created.Version, None);

        Assert.Equal(2, updated.Version);
        Assert.Equal(new Versioned<MembershipOffer>(renewed, 2), await Backend.TenantRecords.FindAsync<MembershipOffer>("t1", "ap-2026", None));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConflictAndKeepsNewer()
    {
        var created = await Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.Cloud(), None);
        await Backend.TenantRecords.UpdateAsync("t1", created.Value with { Seats = 10 }, created.Version, None);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Backend.TenantRecords.UpdateAsync("t1", created.Value with { Seats = 7 }, created.Version, None));

        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(10, (await Backend.TenantRecords.FindAsync<CloudSubscription>("t1", "m365-e3", None))?.Value.Seats);
    }

    [Fact]
    public async Task UpdateAsync_RecordMissing_ThrowsConflict()
    {
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Backend.TenantRecords.UpdateAsync("t1", TenantRecordSamples.Cloud(), 1, None));

        Assert.Null(await Backend.TenantRecords.FindAsync<CloudSubscription>("t1", "m365-e3", None));
    }

    [Fact]
    public async Task DeleteAsync_StaleThenCurrentVersion_DeletesOnlyWithCurrent()
    {
        var created = await Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.Dialog(), None);
        var moved = await Backend.TenantRecords.UpdateAsync("t1", created.Value with { Step = 3 }, created.Version, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Backend.TenantRecords.DeleteAsync<DialogState>("t1", created.Value.RecordId, created.Version, None));
        var afterStaleDelete = await Backend.TenantRecords.FindAsync<DialogState>("t1", created.Value.RecordId, None);
        await Backend.TenantRecords.DeleteAsync<DialogState>("t1", created.Value.RecordId, moved.Version, None);

        Assert.Equal(3, afterStaleDelete?.Value.Step);
        Assert.Null(await Backend.TenantRecords.FindAsync<DialogState>("t1", created.Value.RecordId, None));
    }

    [Fact]
    public async Task ListAsync_SeveralKinds_ListsOnlyTheAskedKindOrderedById()
    {
        var store = Backend.TenantRecords;
        await store.InsertAsync("t1", TenantRecordSamples.Dialog("29:user-b"), None);
        await store.InsertAsync("t1", TenantRecordSamples.Dialog("29:user-a"), None);
        await store.InsertAsync("t1", TenantRecordSamples.Offer(), None);

        var dialogs = await store.ListAsync<DialogState>("t1", None);

        Assert.Equal(["29:user-a", "29:user-b"], dialogs.Select(d => d.Value.UserId));
        Assert.Single(await store.ListAsync<MembershipOffer>("t1", None));
        Assert.Empty(await store.ListAsync<SoftwareKey>("t1", None));
    }

    [Fact]
    public async Task FindAsync_SameIdInAnotherKind_ReturnsNothing()
    {
        await Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.Offer("shared-id"), None);

        Assert.Null(await Backend.TenantRecords.FindAsync<GoToMarketOffer>("t1", "shared-id", None));
    }

    [Fact]
    public async Task InsertAsync_SeenByAnotherInstance_WithVersion()
    {
        await Backend.TenantRecords.InsertAsync("t1", TenantRecordSamples.VisualStudio(), None);
        var (other, _) = Backend.ReopenTenantStores();

        Assert.Equal(new Versioned<VisualStudioSubscription>(TenantRecordSamples.VisualStudio(), 1), await other.FindAsync<VisualStudioSubscription>("t1", "vs-1", None));
    }

    private static async Task AssertRoundTripAsync<T>(ITenantRecordStore store, T record)
        where T : ITenantRecord<T>
    {
        var inserted = await store.InsertAsync("t1", record, None);
        var found = await store.FindAsync<T>("t1", record.RecordId, None);

        Assert.NotNull(found);
        Assert.Equal((1L, 1L), (inserted.Version, found.Version));
        Assert.Equivalent(record, found.Value, strict: true);
    }
}

public sealed class SqliteTenantRecordStoreTests : TenantRecordStoreContract
{
    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}

public sealed class PostgresTenantRecordStoreTests : TenantRecordStoreContract
{
    protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
