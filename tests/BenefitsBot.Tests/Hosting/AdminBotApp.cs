using BenefitsBot.Graph;
using BenefitsBot.Protocol.Turns;
using BenefitsBot.Testing;
using BenefitsBot.Testing.FakeGraph;
using BenefitsBot.Testing.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Hosting;

/// <summary>
/// The real host with Microsoft Graph wired to a loopback fake Graph (and fake Entra token endpoint), replies at a loopback
/// fake connector, on SQLite or PostgreSQL. <see cref="StartInstance"/> adds another bot instance on the same store, as behind
/// a load balancer.
/// </summary>
public abstract class AdminBotApp : IAsyncLifetime
{
    public const string GraphClientId = "graph-app-id";
    private const string GraphClientSecret = "graph-app-secret";
    private readonly List<WebApplicationFactory<Program>> instances = [];
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "benefitsbot-tests", Guid.NewGuid().ToString("N"));

    public FakeGraphServer Graph { get; private set; } = null!;

    public FakeIdentityProvider Identity { get; private set; } = null!;

    public FakeConnectorServer Connector { get; private set; } = null!;

    /// <summary>The first instance's turn harness.</summary>
    public TurnHarness Harness { get; private set; } = null!;

    public IServiceProvider Services => instances[0].Services;

    /// <summary>An HTTP client for the first instance: <c>/api/messages</c> through the whole endpoint.</summary>
    public HttpClient CreateClient() => instances[0].CreateClient();

    /// <summary>Extra settings, applied to every instance started after they are set.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected abstract Task<IReadOnlyDictionary<string, string?>> CreateStoreSettingsAsync(string dataDirectory);

    public async Task InitializeAsync()
    {
        Graph = await FakeGraphServer.StartAsync();
        Identity = await FakeIdentityProvider.StartAsync();
        Identity.RegisterClient(GraphClientId, GraphClientSecret);
        Connector = await FakeConnectorServer.StartAsync();
        foreach (var (key, value) in await CreateStoreSettingsAsync(dataDirectory))
        {
            Settings[key] = value;
        }

        Harness = StartInstance().Harness;
    }

    /// <summary>Another bot instance (its own process state and caches) on the same store, Graph and connector.</summary>
    /// <param name="listenPort">Also listen on 127.0.0.1:<paramref name="listenPort"/> with Kestrel (for a real client such as the Agents Playground).</param>
    public (IServiceProvider Services, TurnHarness Harness) StartInstance(int? listenPort = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("DataDirectory", dataDirectory);
            web.UseSetting("Connector:BaseDelay", "00:00:00.010");
            web.UseSetting("Connector:MaxDelay", "00:00:00.100");
            web.UseSetting("Graph:BaseUrl", Graph.BaseUrl.AbsoluteUri);
            web.UseSetting("Graph:ClientId", GraphClientId);
            web.UseSetting("Graph:ClientSecret", GraphClientSecret);
            web.UseSetting("Graph:RetryDelaySeconds", "0");
            foreach (var (key, value) in Settings)
            {
                web.UseSetting(key, value);
            }

            // Azure.Identity (MSAL) insists on an https authority: send login.microsoftonline.com to the loopback fake.
            web.ConfigureTestServices(services =>
                services.AddHttpClient(GraphOptions.IdentityHttpClientName).AddHttpMessageHandler(Identity.CreateRedirectHandler));
        });
        instances.Add(factory);
        if (listenPort is { } port)
        {
            factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
            factory.StartServer();
        }

        return (factory.Services, new TurnHarness(factory.Services.GetRequiredService<ActivityProcessor>(), Connector));
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
        await Graph.DisposeAsync();
        BenefitsBot.Tests.Storage.SqlitePools.ReleaseFiles();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
