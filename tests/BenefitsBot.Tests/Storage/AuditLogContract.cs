using System.Data.Common;
using BenefitsBot.Storage.Audit;

namespace BenefitsBot.Tests.Storage;

/// <summary>The append-only audit log of admin actions; run against SQLite and PostgreSQL.</summary>
public abstract class AuditLogContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Noon = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(string tenant, DateTimeOffset at, string action = "renewal.record", AuditResult result = AuditResult.Succeeded) =>
        new(tenant, "6f1a3c2e-0000-4000-8000-0000000000aa", action, "ap-2026", result, at, result == AuditResult.Refused ? "missing role: Global Administrator" : null);

    [Fact]
    public async Task QueryAsync_Range_ReturnsTheTenantsEntriesInsideOldestFirst()
    {
        var log = Backend.AuditLog;
        await log.AppendAsync(Entry("t1", Noon.AddHours(2), "redemption.software-key"), None);
        await log.AppendAsync(Entry("t1", Noon, "setup.offers"), None);
        await log.AppendAsync(Entry("t1", Noon.AddHours(-1), "before"), None);
        await log.AppendAsync(Entry("t1", Noon.AddHours(3), "at-until"), None);
        await log.AppendAsync(Entry("t2", Noon.AddHours(1), "other-tenant"), None);

        var found = await log.QueryAsync("t1", Noon, Noon.AddHours(3), None);

        Assert.Equal(["setup.offers", "redemption.software-key"], found.Select(e => e.Action));
    }

    [Fact]
    public async Task AppendAsync_RefusedWithDetailAndLocalOffset_ReadsBackAsTheSameInstantInUtc()
    {
        var local = new DateTimeOffset(2026, 5, 4, 14, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4560);
        var entry = Entry("t1", local, "redemption.cloud", AuditResult.Refused);
        await Backend.AuditLog.AppendAsync(entry, None);

        var stored = Assert.Single(await Backend.AuditLog.QueryAsync("t1", Noon, Noon.AddDays(1), None));

        Assert.Equal(entry with { At = new DateTimeOffset(2026, 5, 4, 12, 30, 15, 123, TimeSpan.Zero).AddTicks(4560) }, stored);
        Assert.Equal(TimeSpan.Zero, stored.At.Offset);
    }

    [Fact]
    public async Task AppendAsync_SameInstant_KeepsAppendOrder()
    {
        await Backend.AuditLog.AppendAsync(Entry("t1", Noon, "first"), None);
        await Backend.AuditLog.AppendAsync(Entry("t1", Noon, "second"), None);
        await Backend.AuditLog.AppendAsync(Entry("t1", Noon, "third"), None);

        var found = await Backend.AuditLog.QueryAsync("t1", Noon, Noon.AddTicks(10), None);

        Assert.Equal(["first", "second", "third"], found.Select(e => e.Action));
    }

    [Fact]
    public async Task AppendAsync_FromTwoInstancesAtOnce_LosesNothing()
    {
        var (_, other) = Backend.ReopenTenantStores();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? Backend.AuditLog : other).AppendAsync(Entry("t1", Noon.AddSeconds(i), $"action-{i:D2}"), None)));

        var found = await other.QueryAsync("t1", Noon, Noon.AddHours(1), None);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"action-{i:D2}"), found.Select(e => e.Action));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET result = 'Succeeded'")]
    [InlineData("DELETE FROM audit_log")]
    public async Task RawSql_ChangingOrDeletingEntries_IsRefusedByTheDatabase(string sql)
    {
        await Backend.AuditLog.AppendAsync(Entry("t1", Noon, result: AuditResult.Refused), None);

        await Assert.ThrowsAnyAsync<DbException>(() => Backend.ExecuteSqlAsync(sql));

        Assert.Equal(AuditResult.Refused, Assert.Single(await Backend.AuditLog.QueryAsync("t1", Noon, Noon.AddSeconds(1), None)).Result);
    }

    [Fact]
    public async Task AppendAsync_WithoutTenant_Throws()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Backend.AuditLog.AppendAsync(Entry("", Noon), None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Backend.AuditLog.QueryAsync("", Noon, Noon.AddDays(1), None));
    }
}

public sealed class SqliteAuditLogTests : AuditLogContract
{
    protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}

public sealed class PostgresAuditLogTests : AuditLogContract
{
    protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
