using System.Diagnostics;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>Everything measured for one bot: start → first reply, then each concurrency level.</summary>
internal sealed record BotRun(BotUnderTest Bot, double? StartupMs, IReadOnlyList<LevelResult> Levels, string? Failure)
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    public static async Task<BotRun> MeasureAsync(BotUnderTest bot, ConnectorSink sink, MessagesOptions options, TextWriter progress)
    {
        var port = LoopbackPort.Free();
        var endpoint = new Uri($"http://127.0.0.1:{port}/api/messages");
        using var client = new BotClient(endpoint, sink, options.Text);
        await using var process = bot.Start(port);
        var startupMs = await FirstReplyAsync(client, process, bot.Name);
        if (startupMs is null)
        {
            return new BotRun(bot, null, [], $"no reply within {StartupLimit.TotalSeconds} s of start:\n{process.OutputTail()}");
        }

        progress.WriteLine($"{bot.Name}: first reply {startupMs:F0} ms after process start");
        var levels = new List<LevelResult>();
        foreach (var concurrency in options.Levels)
        {
            var level = await LoadLevel.RunAsync(client, process.Id, concurrency, options, bot.Name);
            progress.WriteLine($"{bot.Name}: {concurrency} conversations → {level.TurnsPerSecond:F0} turns/s, {level.Errors} errors");
            levels.Add(level);
        }

        return new BotRun(bot, startupMs, levels, null);
    }

    /// <summary>Retries while the port refuses connections; the clock started just before the process did.</summary>
    private static async Task<double?> FirstReplyAsync(BotClient client, ChildProcess process, string name)
    {
        while (Stopwatch.GetElapsedTime(process.StartTimestamp) < StartupLimit && !process.HasExited)
        {
            if (await client.TurnAsync($"{name}-startup", TimeSpan.FromSeconds(10)) is not null)
            {
                return Stopwatch.GetElapsedTime(process.StartTimestamp).TotalMilliseconds;
            }

            await Task.Delay(10);
        }

        return null;
    }
}
