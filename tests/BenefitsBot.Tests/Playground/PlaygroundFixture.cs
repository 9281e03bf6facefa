using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Tests.Playground;

/// <summary>One bot process and one Playground pointed at it, shared by a test class: each takes seconds to start.</summary>
public abstract class PlaygroundFixture : IAsyncLifetime
{
    private ChildProcess? bot;

    public AgentsPlayground Playground { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = LoopbackPort.Free();
        bot = await StartBotAsync(port);
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

    /// <summary>Starts the bot on 127.0.0.1:<paramref name="port"/> and returns once it listens.</summary>
    protected abstract Task<ChildProcess> StartBotAsync(int port);
}
