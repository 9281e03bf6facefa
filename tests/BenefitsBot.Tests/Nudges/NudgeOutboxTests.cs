using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Tests.Nudges;

/// <summary>The outbox contract on both stores: keyed inserts, exclusive leases, and no second post after an unknown outcome.</summary>
public sealed class NudgeOutboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public static TheoryData<string> Stores => ["sqlite", "postgres"];

    private static PlannedNudge Nudge(string subject, int dueDay = 1, string series = "renewal:2026-03-14") =>
        new("tenant-a", subject, NudgeKind.RenewalWindowOpens, series, new DateOnly(2026, 3, dueDay), new DateOnly(2026, 3, 15), null, subject);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task EnqueueAsync_SameKeyFromTwoPlanners_OneRow(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var first = store.OpenOutbox();
        var second = store.OpenOutbox();

        var inserted = await Task.WhenAll(
            first.EnqueueAsync([Nudge("ap-1"), Nudge("ap-2")], Now, CancellationToken.None),
            second.EnqueueAsync([Nudge("ap-2"), Nudge("ap-1")], Now, CancellationToken.None));
        var again = await first.EnqueueAsync([Nudge("ap-1")], Now, CancellationToken.None);

        Assert.Equal(2, inserted.Sum());
        Assert.Equal(0, again);
        Assert.Equal(2, (await first.ListRecentAsync("tenant-a", 10, CancellationToken.None)).Count);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ClaimAsync_ManyClaimersAtOnce_EachRowLeasedToOne(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var outbox = store.OpenOutbox();
        await outbox.EnqueueAsync([.. Enumerable.Range(0, 60).Select(i => Nudge($"ap-{i}"))], Now, CancellationToken.None);
        var claimers = Enumerable.Range(0, 6).Select(_ => store.OpenOutbox()).ToList();

        var claims = await Task.WhenAll(claimers.Select((c, i) => c.ClaimAsync($"owner-{i}", Now, Lease, 15, CancellationToken.None)));

        var ids = claims.SelectMany(c => c.Select(d => d.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(60, ids.Count);
        Assert.Empty(await outbox.ClaimAsync("late", Now, Lease, 15, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ClaimAsync_OwnerDiedBeforeStarting_RowClaimedAgainAfterTheLease(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var outbox = store.OpenOutbox();
        await outbox.EnqueueAsync([Nudge("ap-1")], Now, CancellationToken.None);
        await outbox.ClaimAsync("dead", Now, Lease, 10, CancellationToken.None);

        var during = await outbox.ClaimAsync("alive", Now + Lease - TimeSpan.FromSeconds(1), Lease, 10, CancellationToken.None);
        var after = await outbox.ClaimAsync("alive", Now + Lease + TimeSpan.FromSeconds(1), Lease, 10, CancellationToken.None);

        Assert.Empty(during);
        var row = Assert.Single(after);
        Assert.Equal(2, row.Attempts);
        Assert.True(await outbox.MarkSendingAsync(row.Id, "alive", Now + Lease + TimeSpan.FromSeconds(2), CancellationToken.None));
        Assert.False(await outbox.MarkSendingAsync(row.Id, "dead", Now + Lease + TimeSpan.FromSeconds(2), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ClaimAsync_OwnerDiedWhilePosting_FailedAsOutcomeUnknownAndNeverPostedAgain(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var outbox = store.OpenOutbox();
        await outbox.EnqueueAsync([Nudge("ap-1")], Now, CancellationToken.None);
        var row = Assert.Single(await outbox.ClaimAsync("dead", Now, Lease, 10, CancellationToken.None));
        Assert.True(await outbox.MarkSendingAsync(row.Id, "dead", Now, CancellationToken.None));

        var reclaimed = await outbox.ClaimAsync("alive", Now + Lease * 2, Lease, 10, CancellationToken.None);

        Assert.Empty(reclaimed);
        var failed = Assert.Single(await outbox.ListRecentAsync("tenant-a", 10, CancellationToken.None));
        Assert.Equal(NudgeDeliveryState.Failed, failed.State);
        Assert.Equal(INudgeOutbox.OutcomeUnknown, failed.LastError);

        // The slow owner was alive after all: its late answer still records the post.
        await outbox.MarkSentAsync(row.Id, "dead", "19:c;messageid=1", "1", Now + Lease * 2, CancellationToken.None);
        Assert.Equal(NudgeDeliveryState.Sent, Assert.Single(await outbox.ListRecentAsync("tenant-a", 10, CancellationToken.None)).State);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task EnqueueAsync_LaterLeadOfTheSameEvent_CancelsTheEarlierUnsentOne(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var outbox = store.OpenOutbox();
        await outbox.EnqueueAsync([Nudge("ap-1", dueDay: 1), Nudge("ap-2", dueDay: 1)], Now, CancellationToken.None);

        await outbox.EnqueueAsync([Nudge("ap-1", dueDay: 8)], Now, CancellationToken.None);

        var rows = await outbox.ListRecentAsync("tenant-a", 10, CancellationToken.None);
        Assert.Equal(NudgeDeliveryState.Cancelled, rows.Single(r => r.Nudge.SubjectId == "ap-1" && r.Nudge.DueDate.Day == 1).State);
        Assert.Equal(NudgeDeliveryState.Pending, rows.Single(r => r.Nudge.SubjectId == "ap-1" && r.Nudge.DueDate.Day == 8).State);
        Assert.Equal(NudgeDeliveryState.Pending, rows.Single(r => r.Nudge.SubjectId == "ap-2").State);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ReleaseAsync_RowsNotStarted_ClaimableAtOnceByAnother(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var outbox = store.OpenOutbox();
        await outbox.EnqueueAsync([Nudge("ap-1"), Nudge("ap-2")], Now, CancellationToken.None);
        var claimed = await outbox.ClaimAsync("stopping", Now, Lease, 10, CancellationToken.None);
        Assert.True(await outbox.MarkSendingAsync(claimed[0].Id, "stopping", Now, CancellationToken.None));

        await outbox.ReleaseAsync("stopping", CancellationToken.None);
        var next = await outbox.ClaimAsync("next", Now, Lease, 10, CancellationToken.None);

        Assert.Equal(claimed[1].Id, Assert.Single(next).Id);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task MarkRetryAsync_BeforeNextAttempt_NotClaimed(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var outbox = store.OpenOutbox();
        await outbox.EnqueueAsync([Nudge("ap-1")], Now, CancellationToken.None);
        var row = Assert.Single(await outbox.ClaimAsync("a", Now, Lease, 10, CancellationToken.None));
        await outbox.MarkSendingAsync(row.Id, "a", Now, CancellationToken.None);

        await outbox.MarkRetryAsync(row.Id, "a", Now.AddMinutes(2), "429 TooManyRequests", Now, CancellationToken.None);

        Assert.Empty(await outbox.ClaimAsync("b", Now.AddMinutes(1), Lease, 10, CancellationToken.None));
        var retried = Assert.Single(await outbox.ClaimAsync("b", Now.AddMinutes(2), Lease, 10, CancellationToken.None));
        Assert.Equal(NudgeDeliveryState.Retrying, retried.State);
        var counts = await outbox.CountAsync("tenant-a", Now.AddDays(-1), CancellationToken.None);
        Assert.Equal(1, counts.Retrying);
    }
}
