namespace BenefitsBot.Testing.Playground;

/// <summary>Starts <c>tests/playground/echo-bot.mjs</c> (botbuilder 4.23.3 CloudAdapter, anonymous) on 127.0.0.1.</summary>
public static class EchoBotProcess
{
    public const string ListeningMarker = "echo bot listening";

    /// <summary>Starts the bot without waiting for it (the benchmark times start → first reply itself).</summary>
    public static ChildProcess Start(int port)
    {
        PlaygroundPackage.EnsureInstalled();
        return ChildProcess.Start(
            "node",
            [PlaygroundPackage.EchoBotScript, port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            PlaygroundPackage.Directory,
            PlaygroundPackage.LoopbackOnlyEnvironment());
    }

    /// <summary>Starts the bot and returns once it listens.</summary>
    public static async Task<ChildProcess> StartAsync(int port, TimeSpan timeout)
    {
        var bot = Start(port);
        var listening = bot.WaitForOutputAsync(ListeningMarker);
        try
        {
            await listening.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            var output = bot.OutputTail();
            await bot.DisposeAsync();
            throw new TimeoutException($"echo bot did not listen on {port} within {timeout}:\n{output}");
        }

        return bot;
    }
}
