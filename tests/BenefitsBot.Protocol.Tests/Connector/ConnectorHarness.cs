using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Protocol.Tests.Connector;

/// <summary>The real connector client, wired by <c>AddBotConnector</c>, talking to a loopback fake connector.</summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private ConnectorHarness(FakeConnectorServer server, ServiceProvider services)
    {
        Server = server;
        this.services = services;
    }

    public FakeConnectorServer Server { get; }

    public IConnectorClient Client => services.GetRequiredService<IConnectorClient>();

    public IProactiveMessenger Messenger => services.GetRequiredService<IProactiveMessenger>();

    /// <summary>Tiny retry delays and roomy rate limits unless <paramref name="settings"/> say otherwise (keys below <c>Connector:</c>).</summary>
    public static async Task<ConnectorHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, IConnectorCredentials? credentials = null)
    {
        var server = await FakeConnectorServer.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Connector:MaxRetries"] = "3",
            ["Connector:BaseDelay"] = "00:00:00.010",
            ["Connector:MaxDelay"] = "00:00:05",
            ["Connector:ConversationRateLimits:0:PermitLimit"] = "1000",
            ["Connector:ConversationRateLimits:0:Window"] = "00:00:01",
            ["Connector:TenantRateLimits:0:PermitLimit"] = "1000",
            ["Connector:TenantRateLimits:0:Window"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values["Connector:" + key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection().AddLogging().AddBotConnector(configuration);
        collection.AddSingleton(credentials ?? Anonymous);
        return new ConnectorHarness(server, collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public static IConnectorCredentials Anonymous { get; } = new AllowListedConnectorCredentials(_ => ValueTask.FromResult<string?>(null), _ => false);

    public Activity Message(string conversationId, string text, string? tenantId = "tenant-1") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = Server.ServiceUrl.AbsoluteUri,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId },
        Text = text,
    };

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
