namespace BenefitsBot.Protocol.Tests.Connector;

public sealed class ConnectorRateLimitTests
{
    private static Dictionary<string, string?> Limits(int conversationLimit, string conversationWindow, int tenantLimit = 1000, string tenantWindow = "00:00:01") => new()
    {
        ["ConversationRateLimits:0:PermitLimit"] = conversationLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ConversationRateLimits:0:Window"] = conversationWindow,
        ["TenantRateLimits:0:PermitLimit"] = tenantLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["TenantRateLimits:0:Window"] = tenantWindow,
    };

    [Fact]
    public async Task SendToConversationAsync_MoreThanTheLimitAtOnce_QueuesAndKeepsEveryWindowUnderTheLimit()
    {
        await using var harness = await ConnectorHarness.StartAsync(Limits(3, "00:00:00.500"));

        // Warm up server and connection pool first, so a slow first request cannot bunch arrivals at the receiving end.
        await Task.WhenAll(Enumerable.Range(0, 9).Select(i => harness.Client.SendToConversationAsync(harness.Message($"warm-up-{i}", "w"))));
        await Task.WhenAll(Enumerable.Range(0, 9).Select(i => harness.Client.SendToConversationAsync(harness.Message("a:1", $"m{i}"))));

        var times = harness.Server.Requests.Where(r => r.ConversationId == "a:1").Select(r => r.ReceivedAt).Order().ToList();
        Assert.Equal(9, times.Count);
        for (var i = 0; i + 3 < times.Count; i++)
        {
            // Any 4 consecutive sends span at least the window (less a little loopback jitter at the receiving end).
            Assert.True(times[i + 3] - times[i] >= TimeSpan.FromMilliseconds(470), $"sends {i}..{i + 3} within {times[i + 3] - times[i]}");
        }
    }

    [Fact]
    public async Task SendToConversationAsync_LimitReached_WaitsInsteadOfFailing()
    {
        await using var harness = await ConnectorHarness.StartAsync(Limits(2, "00:00:10"));
        await harness.Client.SendToConversationAsync(harness.Message("a:1", "1"));
        await harness.Client.SendToConversationAsync(harness.Message("a:1", "2"));
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "3"), giveUp.Token));

        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_TwoConversations_HaveIndependentLimits()
    {
        await using var harness = await ConnectorHarness.StartAsync(Limits(2, "00:00:10"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        await Task.WhenAll(
            from conversation in new[] { "a:1", "a:2" }
            from i in Enumerable.Range(0, 2)
            select harness.Client.SendToConversationAsync(harness.Message(conversation, $"m{i}"), timeout.Token));

        Assert.Equal(4, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_TenantLimitReached_HoldsOtherConversationsOfThatTenantOnly()
    {
        await using var harness = await ConnectorHarness.StartAsync(Limits(100, "00:00:10", tenantLimit: 2, tenantWindow: "00:00:10"));
        await harness.Client.SendToConversationAsync(harness.Message("a:1", "1", tenantId: "t1"));
        await harness.Client.SendToConversationAsync(harness.Message("a:2", "2", tenantId: "t1"));
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.SendToConversationAsync(harness.Message("a:3", "3", tenantId: "t1"), giveUp.Token));
        await harness.Client.SendToConversationAsync(harness.Message("a:4", "4", tenantId: "t2"));

        Assert.Equal(["a:1", "a:2", "a:4"], harness.Server.Requests.Select(r => r.ConversationId));
    }
}
