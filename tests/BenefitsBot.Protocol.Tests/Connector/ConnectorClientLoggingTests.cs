using System.Net;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Protocol.Tests.Connector;

public sealed class ConnectorClientLoggingTests
{
    [Fact]
    public async Task SendToConversationAsync_Failure_LogsStatusAndConversationButNoTextOrToken()
    {
        await using var server = await FakeConnectorServer.StartAsync();
        server.InjectFault(ConnectorFault.WithStatus(HttpStatusCode.BadGateway));
        server.InjectFault(ConnectorFault.MessageWritesBlocked());
        using var logs = new LogLines();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Connector:BaseDelay"] = "00:00:00.010" }).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddBotConnector(configuration)
            .AddSingleton<IConnectorCredentials>(new AllowListedConnectorCredentials(_ => ValueTask.FromResult<string?>("secret-token"), _ => true));
        await using var provider = services.BuildServiceProvider();
        var activity = new BenefitsBot.Protocol.Activities.Activity
        {
            Type = "message",
            ServiceUrl = server.ServiceUrl.AbsoluteUri,
            Conversation = new() { Id = "a:private-chat" },
            Text = "my salary is secret",
        };

        await Assert.ThrowsAsync<ConnectorException>(() => provider.GetRequiredService<IConnectorClient>().SendToConversationAsync(activity));

        var lines = logs.Lines;
        var connectorLines = lines.Where(l => l.StartsWith("BenefitsBot.Protocol.Connector", StringComparison.Ordinal)).ToList();
        Assert.Contains(connectorLines, l => l.Contains("a:private-chat", StringComparison.Ordinal) && l.Contains("BadGateway", StringComparison.Ordinal));
        Assert.Contains(connectorLines, l => l.Contains("Forbidden", StringComparison.Ordinal) && l.Contains("MessageWritesBlocked", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("salary", StringComparison.Ordinal) || l.Contains("secret-token", StringComparison.Ordinal));
    }
}
