using System.Net;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Testing;

namespace BenefitsBot.Protocol.Tests.Connector;

public sealed class ConnectorClientRetryTests
{
    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterSeconds_WaitsThenSucceeds()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(ConnectorFault.Throttled(TimeSpan.FromSeconds(1)));

        var response = await harness.Client.SendToConversationAsync(harness.Message("a:1", "hi"));

        var requests = harness.Server.Requests;
        Assert.Equal([429, 201], requests.Select(r => r.ResponseStatus));
        Assert.Equal(requests[1].AssignedActivityId, response.Id);

        // Backoff is 10 ms here, so a gap near a second can only come from Retry-After.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), $"gap {requests[1].ReceivedAt - requests[0].ReceivedAt}");
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterDate_WaitsUntilThen()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var until = DateTimeOffset.UtcNow.AddSeconds(2);
        harness.Server.InjectFault(ConnectorFault.ThrottledUntil(until));

        await harness.Client.SendToConversationAsync(harness.Message("a:1", "hi"));

        var requests = harness.Server.Requests;
        Assert.Equal([429, 201], requests.Select(r => r.ResponseStatus));

        // The HTTP date has whole seconds, so the retry comes no earlier than the truncated time.
        Assert.True(requests[1].ReceivedAt >= until.AddTicks(-(until.Ticks % TimeSpan.TicksPerSecond)).AddMilliseconds(-50), $"retried at {requests[1].ReceivedAt:O}, until {until:O}");
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterAboveCap_WaitsOnlyTheCap()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["MaxDelay"] = "00:00:00.200" });
        harness.Server.InjectFault(ConnectorFault.Throttled(TimeSpan.FromSeconds(30)));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await harness.Client.SendToConversationAsync(harness.Message("a:1", "hi"), timeout.Token);

        Assert.Equal([429, 201], harness.Server.Requests.Select(r => r.ResponseStatus));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendToConversationAsync_TransientStatusTwice_RetriesUntilSuccess(HttpStatusCode status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(ConnectorFault.WithStatus(status), times: 2);

        await harness.Client.SendToConversationAsync(harness.Message("a:1", "hi"));

        Assert.Equal([(int)status, (int)status, 201], harness.Server.Requests.Select(r => r.ResponseStatus));
        Assert.Single(harness.Server.GetActivities("a:1"));
    }

    [Fact]
    public async Task SendToConversationAsync_MessageWritesBlocked_FailsAtOnceAsRecipientUnavailable()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(ConnectorFault.MessageWritesBlocked());

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "hi")));

        Assert.Single(harness.Server.Requests);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(ConnectorFailureKind.Forbidden, error.Kind);
        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.True(error.IsRecipientUnavailable);
        Assert.False(error.IsTransient);
        Assert.Equal(("a:1", 1), (error.ConversationId, error.Attempts));
    }

    [Fact]
    public async Task SendToConversationAsync_ConversationNotFound_FailsAtOnceWithCode()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(ConnectorFault.ConversationNotFound());

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "hi")));

        Assert.Single(harness.Server.Requests);
        Assert.Equal((ConnectorFailureKind.NotFound, "ConversationNotFound"), (error.Kind, error.ErrorCode));
        Assert.True(error.IsRecipientUnavailable);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, ConnectorFailureKind.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized, ConnectorFailureKind.Unauthorized)]
    public async Task SendToConversationAsync_ClientError_IsNotRetried(HttpStatusCode status, ConnectorFailureKind kind)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(ConnectorFault.WithStatus(status));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "hi")));

        Assert.Single(harness.Server.Requests);
        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public async Task SendToConversationAsync_BadGatewayEveryTime_ThrowsTransientAfterAllRetries()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(ConnectorFault.WithStatus(HttpStatusCode.BadGateway), times: int.MaxValue);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "hi")));

        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.Equal((ConnectorFailureKind.Transient, HttpStatusCode.BadGateway, 4), (error.Kind, error.StatusCode, error.Attempts));
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledEveryTime_CarriesLastRetryAfter()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["MaxRetries"] = "1", ["MaxDelay"] = "00:00:00.050" });
        harness.Server.InjectFault(ConnectorFault.Throttled(TimeSpan.FromSeconds(7)), times: int.MaxValue);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "hi")));

        Assert.Equal((ConnectorFailureKind.Throttled, 2), (error.Kind, error.Attempts));
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task SendToConversationAsync_NothingListening_ThrowsNetworkAfterRetries()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var activity = harness.Message("a:1", "hi");
        await using (var closed = await FakeConnectorServer.StartAsync())
        {
            activity.ServiceUrl = closed.ServiceUrl.AbsoluteUri;
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(activity));

        Assert.Equal((ConnectorFailureKind.Network, (HttpStatusCode?)null, 4), (error.Kind, error.StatusCode, error.Attempts));
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task SendToConversationAsync_CallerCancels_ThrowsCancellationNotConnectorException()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(ConnectorFault.Throttled(TimeSpan.FromSeconds(3)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "hi"), cancel.Token));

        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_AttemptOutlastsTimeout_RetriesAndSucceeds()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["AttemptTimeout"] = "00:00:00.300" });
        harness.Server.InjectFault(ConnectorFault.Hang(TimeSpan.FromSeconds(5)));

        var response = await harness.Client.SendToConversationAsync(harness.Message("a:1", "hi"));

        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.Equal(harness.Server.Requests[1].AssignedActivityId, response.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_SuccessWithUnreadableBody_ThrowsInvalidResponse()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.InjectFault(new ConnectorFault(HttpStatusCode.OK, "<html>gateway</html>"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "hi")));

        Assert.Equal((ConnectorFailureKind.InvalidResponse, HttpStatusCode.OK), (error.Kind, error.StatusCode));
        Assert.Single(harness.Server.Requests);
    }
}
