using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Tests.Storage;

/// <summary>No call reaches another tenant's records, even with their record id and version; run against SQLite and PostgreSQL.</summary>
public abstract class TenantIsolationContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindAndListAsync_OtherTenantsRecordId_SeeNothing()
    {
        await Backend.TenantRecords.InsertAsync("tenant-b", TenantRecordSamples.Offer(), None);

        Assert.Null(await Backend.TenantRecords.FindAsync<MembershipOffer>("tenant-a", "ap-2026", None));
        Assert.Empty(await Backend.TenantRecords.ListAsync<MembershipOffer>("tenant-a", None));
    }

    [Fact]
    public async Task UpdateAsync_OtherTenantsRecordIdAndVersion_ConflictsAndLeavesItUnchanged()
    {
        var original = await Backend.TenantRecords.InsertAsync("tenant-b", TenantRecordSamples.Cloud(), None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Backend.TenantRecords.UpdateAsync("tenant-a", original.Value with { Seats = 999 }, original.Version, None));

        Assert.Equal(original, await Backend.TenantRecords.FindAsync<CloudSubscription>("tenant-b", "m365-e3", None));
    }

    [Fact]
    public async Task DeleteAsync_OtherTenantsRecordIdAndVersion_ConflictsAndLeavesIt()
    {
        var original = await Backend.TenantRecords.InsertAsync("tenant-b", TenantRecordSamples.Technical(), None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Backend.TenantRecords.DeleteAsync<TechnicalBenefit>("tenant-a", "sig-support", original.Version, None));

        Assert.Equal(original, await Backend.TenantRecords.FindAsync<TechnicalBenefit>("tenant-b", "sig-support", None));
    }

    [Fact]
    public async Task InsertAsync_SameIdInTwoTenants_KeepsTwoSeparateRecords()
    {
        await Backend.TenantRecords.InsertAsync("tenant-a", TenantRecordSamples.Contact(), None);
        await Backend.TenantRecords.InsertAsync("tenant-b", TenantRecordSamples.Contact() with { Name = "Bo Jansen" }, None);

        Assert.Equal("Anna Berg", (await Backend.TenantRecords.FindAsync<MarketingContact>("tenant-a", MarketingContact.SingleId, None))?.Value.Name);
        Assert.Equal("Bo Jansen", (await Backend.TenantRecords.FindAsync<MarketingContact>("tenant-b", MarketingContact.SingleId, None))?.Value.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task EveryCall_WithoutTenant_Throws(string? tenantId)
    {
        var store = Backend.TenantRecords;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.FindAsync<MembershipOffer>(tenantId!, "ap-2026", None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.ListAsync<MembershipOffer>(tenantId!, None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.InsertAsync(tenantId!, TenantRecordSamples.Offer(), None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.UpdateAsync(tenantId!, TenantRecordSamples.Offer(), 1, None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.DeleteAsync<MembershipOffer>(tenantId!, "ap-2026", 1, None));
    }
}

public sealed class SqliteTenantIsolationTests : TenantIsolationContract
{
    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}

public sealed class PostgresTenantIsolationTests : TenantIsolationContract
{
    protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
