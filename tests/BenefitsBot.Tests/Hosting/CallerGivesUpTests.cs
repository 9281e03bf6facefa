using BenefitsBot.Testing;
using BenefitsBot.Testing.Turns;

namespace BenefitsBot.Tests.Hosting;

/// <summary>Teams gives up on a request after 15 s; a reply already under way must still arrive, and the log must say what happened.</summary>
public sealed class CallerGivesUpTests : IAsyncLifetime
{
    private readonly BotApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Message_CallerGivesUpDuringConnectorRetries_ReplyStillDeliveredAndLogged()
    {
        var message = TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, "hi", conversationId: "a:caller-leaves");
        app.Connector.InjectFault(ConnectorFault.Hang(TimeSpan.FromMilliseconds(800)), when: r => r.ConversationId == "a:caller-leaves");
        using var caller = new CancellationTokenSource();

        var turn = app.Harness.SendAsync(message, cancellationToken: caller.Token);
        await app.Connector.WaitForRequestAsync(r => r.ConversationId == "a:caller-leaves");
        await caller.CancelAsync();
        var reply = await app.Connector.WaitForActivityAsync(r => r.ConversationId == "a:caller-leaves");
        await turn;

        Assert.Equal(message.Id, reply.ReplyToId);
        Assert.Contains(app.Logs.Lines, l => l.Contains("The caller gave up on a message turn in conversation a:caller-leaves", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, l => l.Contains("Reply to conversation a:caller-leaves delivered after the caller gave up", StringComparison.Ordinal));
    }
}
