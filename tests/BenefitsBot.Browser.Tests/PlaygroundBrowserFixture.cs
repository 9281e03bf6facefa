using System.Reflection;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Browser.Tests;

/// <summary>The compiled bot (Development, SQLite) behind the Agents Playground, whose web UI Chromium opens: a Teams user's view.</summary>
public sealed class PlaygroundBrowserFixture : ChromiumFixture
{
    private ChildProcess? bot;

    public AgentsPlayground Playground { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        var port = LoopbackPort.Free();
        var configuration = typeof(PlaygroundBrowserFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        bot = await BenefitsBotProcess.StartAsync(port, configuration, TimeSpan.FromSeconds(30));
        Playground = await AgentsPlayground.StartAsync(new AgentsPlaygroundOptions { BotEndpoint = new Uri($"http://127.0.0.1:{port}/api/messages") });
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }

        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }

    /// <summary>Opens the Playground's web UI in a fresh browser context: it starts a new personal chat and the bot's welcome card.</summary>
    public async Task<PlaygroundChat> OpenChatAsync(string name)
    {
        try
        {
            return await PlaygroundChat.OpenAsync(await NewContextAsync(), Playground.BaseAddress, name);
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException($"No welcome card in the Playground's web UI. The bot's last output:\n{bot?.OutputTail()}", error);
        }
    }
}
