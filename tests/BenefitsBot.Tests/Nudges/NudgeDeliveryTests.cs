using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Tests.Nudges;

/// <summary>
/// Planning and sending end to end: real hosts (one service provider each) on a shared store, posting through the real
/// connector client to a loopback fake connector, where every nudge that arrived is counted by its idempotency key.
/// </summary>
public sealed class NudgeDeliveryTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 5, 4);
    private readonly ShiftedClock clock = new(DateTimeOffset.UtcNow);
    private FakeConnectorServer connector = null!;

    public static TheoryData<string> Stores => ["sqlite", "postgres"];

    public async Task InitializeAsync()
    {
        clock.SetToday(Today);
        connector = await FakeConnectorServer.StartAsync();
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TwoInstances_PlanAndSendTheSameNudgesConcurrently_EachPostedExactlyOnce(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        await using var first = new BotInstance(store, connector, clock);
        await using var second = new BotInstance(store, connector, clock);
        await SeedTenantsAsync(first, tenants: 30);
        var expected = await NudgeScenario.ExpectedAsync(first, Today);

        // Both instances tick at once, several times, as two replicas would after a deploy.
        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { first.Worker.TickAsync(CancellationToken.None), second.Worker.TickAsync(CancellationToken.None) }));

        var delivered = NudgeScenario.Delivered(connector);
        Assert.True(expected.Count >= 30, $"only {expected.Count} nudges due: the scenario is too small");
        Assert.Empty(delivered.GroupBy(d => d.Key).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(expected.Select(e => e.Key).Order(), delivered.Select(d => d.Key).Order());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task SenderStoppedMidRunThenRestarted_EachNudgePostedExactlyOnce(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        var expectedCount = 0;
        await using (var doomed = new BotInstance(store, connector, clock, new Dictionary<string, string?> { ["Nudges:BatchSize"] = "5", ["Nudges:SendConcurrency"] = "2" }))
        {
            await SeedTenantsAsync(doomed, tenants: 25);
            expectedCount = (await NudgeScenario.ExpectedAsync(doomed, Today)).Count;
            using var stop = new CancellationTokenSource();
            var run = doomed.Worker.TickAsync(stop.Token);
            await connector.WaitForRequestsAsync(6, r => r.Operation == ConnectorOperation.CreateConversation, TimeSpan.FromSeconds(30));
            await stop.CancelAsync();
            await AssertStoppedAsync(run);
        }

        var beforeRestart = NudgeScenario.Delivered(connector).Count;
        await using var restarted = new BotInstance(store, connector, clock);
        await restarted.Worker.TickAsync(CancellationToken.None);

        var delivered = NudgeScenario.Delivered(connector);
        Assert.InRange(beforeRestart, 6, expectedCount - 1);
        Assert.Equal(expectedCount, delivered.Count);
        Assert.Equal(expectedCount, delivered.Select(d => d.Key).Distinct().Count());
    }

    [Fact]
    public async Task ConnectorAnswers429WithRetryAfter_PostedOnceAfterTheWait()
    {
        await using var store = await NudgeStore.CreateAsync("sqlite");
        await using var instance = new BotInstance(store, connector, clock);
        await SeedOneNudgeAsync(instance);
        connector.InjectFault(ConnectorFault.Throttled(TimeSpan.FromSeconds(1)), times: 2, when: r => r.Operation == ConnectorOperation.CreateConversation);

        await instance.Worker.TickAsync(CancellationToken.None);

        var attempts = connector.Requests.Where(r => r.Operation == ConnectorOperation.CreateConversation).ToList();
        Assert.Equal([429, 429, 200], attempts.Select(r => r.ResponseStatus));
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromSeconds(0.9), "the client did not wait for Retry-After");
        Assert.Single(NudgeScenario.Delivered(connector));
    }

    [Fact]
    public async Task ConnectorThrottlesLongerThanTheClientRetries_NudgeRetriedLaterNotLost()
    {
        await using var store = await NudgeStore.CreateAsync("sqlite");
        await using var instance = new BotInstance(store, connector, clock, new Dictionary<string, string?> { ["Connector:MaxRetries"] = "1" });
        await SeedOneNudgeAsync(instance);
        connector.InjectFault(ConnectorFault.Throttled(TimeSpan.FromSeconds(120)), times: 2, when: r => r.Operation == ConnectorOperation.CreateConversation);

        var throttledAt = clock.GetUtcNow();
        await instance.Worker.TickAsync(CancellationToken.None);
        var waiting = Assert.Single(await instance.Outbox.ListRecentAsync(TenantId(0), 10, CancellationToken.None));
        await instance.Worker.TickAsync(CancellationToken.None);
        var postedTooEarly = NudgeScenario.Delivered(connector).Count;
        clock.Advance(TimeSpan.FromSeconds(121));
        await instance.Worker.TickAsync(CancellationToken.None);

        Assert.Equal(NudgeDeliveryState.Retrying, waiting.State);
        Assert.Contains("429", waiting.LastError, StringComparison.Ordinal);
        Assert.True(waiting.NextAttemptAt >= throttledAt + TimeSpan.FromSeconds(119), $"retry at {waiting.NextAttemptAt} ignores Retry-After");
        Assert.Equal(0, postedTooEarly);
        Assert.Single(NudgeScenario.Delivered(connector));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ClockMovedForwardOverSeveralLeadTimes_OneNudgePerEventNotABurst(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        await using var instance = new BotInstance(store, connector, clock);
        var anniversary = Today.AddDays(40);
        await NudgeScenario.InstallInTeamAsync(instance, connector, "tenant-clock");
        await instance.Records.InsertAsync("tenant-clock", NudgeScenario.Offer("ap-1", anniversary), CancellationToken.None);
        var perTick = new List<int>();

        // Daily ticks to 31 days before the window opens, then a jump (downtime) over the 7- and 1-day reminders, then daily on.
        foreach (var day in new[] { -45, -35, -31, -30, -29 }.Concat([2]).Concat(Enumerable.Range(3, 35)))
        {
            clock.SetToday(anniversary.AddDays(1 + day));
            var before = NudgeScenario.Delivered(connector).Count;
            await instance.Worker.TickAsync(CancellationToken.None);
            perTick.Add(NudgeScenario.Delivered(connector).Count - before);
        }

        var delivered = NudgeScenario.Delivered(connector);
        Assert.All(perTick, n => Assert.InRange(n, 0, 1));
        Assert.Equal(4, delivered.Count); // 30 days before; the day it opened (caught up once, at day +2); 7 and 1 days before the grace period ends
        Assert.Equal(delivered.Count, delivered.Select(d => d.Key).Distinct().Count());
    }

    [Fact]
    public async Task RenewalRecordedAfterPlanning_QueuedNudgeNotPosted()
    {
        await using var store = await NudgeStore.CreateAsync("sqlite");
        await using var instance = new BotInstance(store, connector, clock);
        await SeedTenantsAsync(instance, tenants: 1);
        var planning = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<BenefitsBot.Nudges.NudgePlanning>(instance.Services);
        await planning.PlanAllAsync(CancellationToken.None);
        foreach (var offer in await instance.Records.ListAsync<MembershipOffer>(TenantId(0), CancellationToken.None))
        {
            await instance.Records.UpdateAsync(TenantId(0), offer.Value with { RenewedAt = Today }, offer.Version, CancellationToken.None);
        }

        await instance.Sender.SendDueAsync(CancellationToken.None);

        Assert.Empty(NudgeScenario.Delivered(connector));
        Assert.All(await instance.Outbox.ListRecentAsync(TenantId(0), 10, CancellationToken.None), r => Assert.Equal(NudgeDeliveryState.Cancelled, r.State));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task BotRemovedFromTheTeamWithoutNotice_403MarksTeamInactiveAndNudgeFailed(string provider)
    {
        await using var store = await NudgeStore.CreateAsync(provider);
        await using var instance = new BotInstance(store, connector, clock);
        var tenant = await SeedOneNudgeAsync(instance);
        connector.InjectFault(ConnectorFault.BotNotInConversationRoster(), times: int.MaxValue, when: r => r.Operation == ConnectorOperation.CreateConversation);

        await instance.Worker.TickAsync(CancellationToken.None);
        clock.SetToday(Today.AddDays(6)); // the 1-day reminder comes due
        await instance.Worker.TickAsync(CancellationToken.None);

        var row = Assert.Single(await instance.Outbox.ListRecentAsync(tenant, 10, CancellationToken.None));
        Assert.Equal(NudgeDeliveryState.Failed, row.State);
        Assert.Equal("403 BotNotInConversationRoster", row.LastError);
        var team = await instance.Records.FindAsync<TeamRegistration>(tenant, NudgeScenario.TeamOf(tenant), CancellationToken.None);
        Assert.False(team!.Value.Active);
        Assert.Single(connector.Requests, r => r.Operation == ConnectorOperation.CreateConversation); // nothing planned for a team the bot left
    }

    [Fact]
    public async Task EmployeeWithExpiringVisualStudio_GetsOneOneOnOneNudgeInTheirChat()
    {
        await using var store = await NudgeStore.CreateAsync("sqlite");
        await using var instance = new BotInstance(store, connector, clock);
        var tenant = TenantId(7);
        await NudgeScenario.InstallInTeamAsync(instance, connector, tenant);
        var anniversary = Today.AddDays(-23); // assignments end anniversary + 30 = in 7 days
        await instance.Records.InsertAsync(tenant, NudgeScenario.Offer("ap-7", anniversary), CancellationToken.None);
        await instance.Records.InsertAsync(tenant, new VisualStudioSubscription("vs-1", "ap-7", "Enterprise", "aad-alex", anniversary.AddYears(-1)), CancellationToken.None);

        await instance.Worker.TickAsync(CancellationToken.None);
        await instance.Worker.TickAsync(CancellationToken.None);

        var create = Assert.Single(connector.Requests, r => r.Operation == ConnectorOperation.CreateConversation && r.Body.Contains("aad-alex", StringComparison.Ordinal));
        var personal = Assert.Single(NudgeScenario.Delivered(connector), d => d.Request.ConversationId == create.TargetConversationId);
        Assert.Equal(ConnectorOperation.SendToConversation, personal.Request.Operation);
        Assert.Contains("Visual Studio subscription", TurnHarness.TextOf(TurnHarness.CardOf(personal.Request.Activity!)), StringComparison.Ordinal);
        Assert.Equal(2, NudgeScenario.Delivered(connector).Count); // and the channel's grace-period reminder
    }

    private static string TenantId(int index) => $"tenant-{index:D3}";

    /// <summary>One tenant, one team, one offer whose renewal window opens in 7 days: exactly one nudge due.</summary>
    private async Task<string> SeedOneNudgeAsync(BotInstance instance)
    {
        var tenant = TenantId(0);
        await NudgeScenario.InstallInTeamAsync(instance, connector, tenant);
        await instance.Records.InsertAsync(tenant, NudgeScenario.Offer("ap-0", Today.AddDays(6)), CancellationToken.None);
        return tenant;
    }

    /// <summary>
    /// Tenants with a team and offers whose anniversaries put them on varied lead days today (window opening in 30, 7, 1 or
    /// 0 days, grace period ending in 7 or 1), some with unactivated benefits, some renewed (nothing due).
    /// </summary>
    private async Task SeedTenantsAsync(BotInstance instance, int tenants)
    {
        int[] windowOpensIn = [30, 7, 1, 0, -23, -29];
        for (var i = 0; i < tenants; i++)
        {
            var tenant = TenantId(i);
            await NudgeScenario.InstallInTeamAsync(instance, connector, tenant);
            var anniversary = Today.AddDays(windowOpensIn[i % windowOpensIn.Length] - 1);
            await instance.Records.InsertAsync(tenant, NudgeScenario.Offer($"ap-{i}", anniversary), CancellationToken.None);
            if (i % 3 == 0)
            {
                await instance.Records.InsertAsync(tenant, NudgeScenario.Offer($"gold-{i}", Today.AddDays(30), MembershipOfferKind.GoldCompetency), CancellationToken.None);
                await instance.Records.InsertAsync(tenant, new SoftwareKey($"key-{i}", $"gold-{i}", "Windows Server", "en", "x64", null), CancellationToken.None);
            }

            if (i % 5 == 4)
            {
                await instance.Records.InsertAsync(tenant, NudgeScenario.Offer($"renewed-{i}", anniversary, renewedAt: anniversary.AddDays(-10)), CancellationToken.None);
            }
        }
    }

    /// <summary>The stopped tick ends, at most with a cancellation (of the claim that was waiting when the stop came).</summary>
    private static async Task AssertStoppedAsync(Task run)
    {
        var failure = await Record.ExceptionAsync(() => run);

        Assert.True(failure is null or OperationCanceledException, failure?.ToString());
    }
}
