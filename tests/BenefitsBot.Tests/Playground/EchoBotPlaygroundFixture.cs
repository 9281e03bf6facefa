using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Tests.Playground;

/// <summary>One official-SDK echo bot and one Playground for the class: each takes seconds to start.</summary>
public sealed class EchoBotPlaygroundFixture : IAsyncLifetime
{
    private ChildProcess? bot;

    public AgentsPlayground Playground { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = LoopbackPort.Free();
        bot = await EchoBotProcess.StartAsync(port, TimeSpan.FromSeconds(20));
        Playground = await AgentsPlayground.StartAsync(new AgentsPlaygroundOptions { BotEndpoint = new Uri($"http://127.0.0.1:{port}/api/messages") });
    }

    public async Task DisposeAsync()
    {
        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }

        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }
}
