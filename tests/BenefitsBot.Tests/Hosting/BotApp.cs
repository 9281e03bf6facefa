using BenefitsBot.Protocol.Turns;
using BenefitsBot.Testing;
using BenefitsBot.Testing.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Tests.Hosting;

/// <summary>The real host (Development, anonymous) on a temp SQLite file, with replies going to a loopback fake connector.</summary>
public sealed class BotApp : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "benefitsbot-tests", Guid.NewGuid().ToString("N"));

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public FakeConnectorServer Connector { get; private set; } = null!;

    public TurnHarness Harness { get; private set; } = null!;

    /// <summary>Every log line the host wrote.</summary>
    public LogLines Logs { get; } = new();

    /// <summary>Extra settings for a test class, applied on top of the embedded defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>More host configuration for a test class (e.g. a logging provider), applied last.</summary>
    public Action<IWebHostBuilder>? ConfigureHost { get; set; }

    public async Task InitializeAsync()
    {
        Connector = await FakeConnectorServer.StartAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(Settings.TryGetValue("Environment", out var env) && env is not null ? env : "Development");
            web.UseSetting("Storage:Sqlite:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "bot.db")}");
            web.UseSetting("Connector:BaseDelay", "00:00:00.010");
            web.UseSetting("Connector:MaxDelay", "00:00:00.100");

            // The real Graph client without credentials, as in a deployment: the sample directory (and its notice on every
            // card) is for the Playground walk-through, which starts the bot as `dotnet run` does; a test class may opt in.
            web.UseSetting("Graph:SampleDirectory", "false");
            web.ConfigureLogging(logging => logging.AddProvider(Logs));
            foreach (var (key, value) in Settings)
            {
                web.UseSetting(key, value);
            }

            ConfigureHost?.Invoke(web);
        });
        Harness = new TurnHarness(Factory.Services.GetRequiredService<ActivityProcessor>(), Connector);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
        Logs.Dispose();
        BenefitsBot.Tests.Storage.SqlitePools.ReleaseFiles();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
