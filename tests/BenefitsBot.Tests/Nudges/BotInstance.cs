using BenefitsBot.Bot;
using BenefitsBot.Nudges;
using BenefitsBot.Protocol.Turns;
using BenefitsBot.Storage;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;
using BenefitsBot.Testing;
using BenefitsBot.Testing.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Nudges;

/// <summary>
/// One bot instance: the real host and its own service provider (connector client, rate limiter, sender) on a shared
/// database and clock. The background worker is off; tests tick it by hand so they decide when planning and sending happen.
/// </summary>
public sealed class BotInstance : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public BotInstance(NudgeStore store, FakeConnectorServer connector, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("Nudges:Enabled", "false");
            web.UseSetting("Nudges:RetryBaseDelay", "00:00:00.200");
            web.UseSetting("Connector:BaseDelay", "00:00:00.010");
            web.UseSetting("Connector:MaxDelay", "00:00:02");
            foreach (var (key, value) in store.Settings.Concat(settings ?? new Dictionary<string, string?>()))
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services => services.AddSingleton(clock));
        });
        Harness = new TurnHarness(Services.GetRequiredService<ActivityProcessor>(), connector);
    }

    public IServiceProvider Services => factory.Services;

    public TurnHarness Harness { get; }

    public NudgeWorker Worker => Services.GetRequiredService<NudgeWorker>();

    public NudgeSender Sender => Services.GetRequiredService<NudgeSender>();

    public INudgeOutbox Outbox => Services.GetRequiredService<INudgeOutbox>();

    public ITenantRecordStore Records => Services.GetRequiredService<ITenantRecordStore>();

    public IConversationReferenceStore References => Services.GetRequiredService<IConversationReferenceStore>();

    public ITeamRegistry Teams => Services.GetRequiredService<ITeamRegistry>();

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
