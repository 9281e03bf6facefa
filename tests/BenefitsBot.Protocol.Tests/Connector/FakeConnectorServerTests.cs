using System.Net;
using BenefitsBot.Testing;

namespace BenefitsBot.Protocol.Tests.Connector;

/// <summary>The waits and faults other test projects rely on, exercised through the real client.</summary>
public sealed class FakeConnectorServerTests
{
    [Fact]
    public async Task WaitForActivityAsync_ActivitySentLater_CompletesWithIt()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var waiting = harness.Server.WaitForActivityAsync(r => r.ConversationId == "a:2", TimeSpan.FromSeconds(5));

        await harness.Client.SendToConversationAsync(harness.Message("a:1", "other"));
        await harness.Client.SendToConversationAsync(harness.Message("a:2", "wanted"));

        Assert.Equal("wanted", (await waiting).Text);
    }

    [Fact]
    public async Task WaitForActivityAsync_OnlyFaultedSend_TimesOut()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["MaxRetries"] = "0" });
        harness.Server.InjectFault(ConnectorFault.WithStatus(HttpStatusCode.BadGateway));
        await Assert.ThrowsAsync<Protocol.Connector.ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("a:1", "lost")));

        await Assert.ThrowsAsync<TimeoutException>(() => harness.Server.WaitForActivityAsync(timeout: TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task InjectFault_WithPredicate_FailsOnlyMatchingRequests()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["MaxRetries"] = "0" });
        harness.Server.InjectFault(ConnectorFault.ConversationNotFound(), times: 2, when: r => r.ConversationId == "gone");

        await harness.Client.SendToConversationAsync(harness.Message("here", "1"));
        await Assert.ThrowsAsync<Protocol.Connector.ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("gone", "2")));
        await Assert.ThrowsAsync<Protocol.Connector.ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Message("gone", "3")));
        await harness.Client.SendToConversationAsync(harness.Message("gone", "4"));

        Assert.Equal([201, 404, 404, 201], harness.Server.Requests.Select(r => r.ResponseStatus));
        var sequences = await harness.Server.WaitForRequestsAsync(4);
        Assert.Equal([1L, 2L, 3L, 4L], sequences.Select(r => r.Sequence));
    }
}
