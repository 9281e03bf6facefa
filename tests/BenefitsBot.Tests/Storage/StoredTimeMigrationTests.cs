using BenefitsBot.Protocol.Activities;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Relational;
using BenefitsBot.Testing;
using BenefitsBot.Tests.Nudges;

namespace BenefitsBot.Tests.Storage;

/// <summary>
/// One representation of time on both stores (<see cref="StoredTime"/>), stamped from the injected clock; and migration step 6:
/// rows written in the older shapes read back the same.
/// </summary>
public sealed class StoredTimeMigrationTests
{
    private static readonly DateTimeOffset Due = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero).AddMilliseconds(123);

    public static TheoryData<string> Stores => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task SaveAsync_ShiftedClock_StampedWithItsTimeAsStoredTime(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var clock = new ShiftedClock(new DateTimeOffset(2020, 2, 29, 23, 59, 0, TimeSpan.FromHours(2)));
        var references = new SqlConversationReferenceStore(store.OpenDatabase(clock));

        await references.SaveAsync(new ConversationReference("msteams", "https://smba.trafficmanager.net/emea/", "c1", "personal", "t1", null, null, "29:user", "aad-user", "28:bot", "en-US"), CancellationToken.None);

        var stamped = new StoredTime().Parse((await store.ExecuteSqlAsync("SELECT updated_at FROM conversation_references"))!);
        Assert.Equal(TimeSpan.Zero, stamped.Offset);
        Assert.InRange(stamped, clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow());
        Assert.Equal(0, stamped.Ticks % 10);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ListRecentAsync_OutboxRowsWrittenAsUnixMilliseconds_SameInstantsAfterTheMigration(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        await store.MigrateToAsync(5);
        var ms = Due.ToUnixTimeMilliseconds();
        await store.ExecuteSqlAsync($"""
            INSERT INTO nudge_outbox (tenant_id, subject_id, kind, series, due_date, event_date, state, attempts, next_attempt_at, lease_owner, lease_until, created_at, updated_at)
            VALUES ('tenant-a', 'ap-1', 'RenewalWindowOpens', 's', '2026-03-01', '2026-03-15', 'retrying', 1, {ms}, NULL, NULL, {ms - 1000}, {ms - 1000}),
                   ('tenant-a', 'ap-2', 'RenewalWindowOpens', 's', '2026-03-02', '2026-03-15', 'pending', 1, {ms}, 'owner-1', {ms + 60_000}, {ms - 2000}, {ms - 2000})
            """);

        var outbox = store.OpenOutbox();
        var rows = await outbox.ListRecentAsync("tenant-a", 10, CancellationToken.None);

        var retrying = rows.Single(r => r.Nudge.SubjectId == "ap-1");
        var leased = rows.Single(r => r.Nudge.SubjectId == "ap-2");
        Assert.Equal((Due, (DateTimeOffset?)null, Due.AddSeconds(-1), NudgeDeliveryState.Retrying), (retrying.NextAttemptAt, retrying.LeaseUntil, retrying.UpdatedAt, retrying.State));
        Assert.Equal((Due, (DateTimeOffset?)Due.AddMinutes(1), Due.AddSeconds(-2), NudgeDeliveryState.Pending), (leased.NextAttemptAt, leased.LeaseUntil, leased.UpdatedAt, leased.State));
        Assert.Equal(TimeSpan.Zero, retrying.NextAttemptAt.Offset);

        // The migrated times still compare as instants: the free row is claimable from its next attempt on, the leased one after its lease.
        Assert.Empty(await outbox.ClaimAsync("b", Due.AddMilliseconds(-1), TimeSpan.FromMinutes(5), 10, CancellationToken.None));
        Assert.Equal("ap-1", Assert.Single(await outbox.ClaimAsync("b", Due, TimeSpan.FromMinutes(5), 10, CancellationToken.None)).Nudge.SubjectId);
        Assert.Equal("ap-2", Assert.Single(await outbox.ClaimAsync("c", Due.AddMinutes(1).AddMilliseconds(1), TimeSpan.FromMinutes(5), 10, CancellationToken.None)).Nudge.SubjectId);
    }

    [Fact]
    public async Task Migration_SqliteStampsInRoundTripOrProviderText_BecomeFixedWidthUtcText()
    {
        await using var store = await NudgeStore.CreateAsync("sqlite");
        await store.MigrateToAsync(5);
        await store.ExecuteSqlAsync("""
            INSERT INTO tenant_records (tenant_id, kind, record_id, version, json, updated_at) VALUES
                ('t', 'k', 'o', 1, '{}', '2026-03-01T12:00:00.1234567+00:00'),
                ('t', 'k', 'p', 1, '{}', '2026-03-01 12:00:00.12+00:00'),
                ('t', 'k', 'w', 1, '{}', '2026-03-01 12:00:00+00:00');
            INSERT INTO conversation_references (tenant_id, conversation_id, reference_json, active, updated_at) VALUES ('t', 'c', '{}', 1, '2026-03-01T12:00:00.0000010+00:00');
            INSERT INTO faq_feedback (tenant_id, entry_id, helpful, language, user_id, created_at) VALUES ('t', 'e', 1, 'en', NULL, '2026-03-01T12:00:00.5000000+00:00');
            """);

        await store.OpenOutbox().ListRecentAsync("t", 1, CancellationToken.None);

        Assert.Equal(
            "2026-03-01T12:00:00.123456Z|2026-03-01T12:00:00.120000Z|2026-03-01T12:00:00.000000Z",
            await store.ExecuteSqlAsync("SELECT group_concat(updated_at, '|') FROM (SELECT updated_at FROM tenant_records ORDER BY record_id)"));
        Assert.Equal("2026-03-01T12:00:00.000001Z", await store.ExecuteSqlAsync("SELECT updated_at FROM conversation_references"));
        Assert.Equal("2026-03-01T12:00:00.500000Z", await store.ExecuteSqlAsync("SELECT created_at FROM faq_feedback"));
        Assert.Equal(0L, await store.ExecuteSqlAsync("SELECT COUNT(*) FROM schema_version WHERE applied_at NOT LIKE '____-__-__T__:__:__.______Z'"));
    }
}
