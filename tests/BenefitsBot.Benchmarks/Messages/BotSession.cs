using System.Diagnostics;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>One running bot under test: its process, a client to its <c>/api/messages</c>, and the levels measured so far.</summary>
internal sealed class BotSession : IAsyncDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    private readonly ChildProcess process;
    private readonly BotClient client;
    private readonly Uri endpoint;
    private readonly ConnectorSink sink;
    private readonly List<LevelResult> levels = [];
    private readonly List<LengthResult> lengths = [];

    private BotSession(BotUnderTest bot, ChildProcess process, Uri endpoint, ConnectorSink sink, string text)
    {
        Bot = bot;
        this.process = process;
        this.endpoint = endpoint;
        this.sink = sink;
        client = new BotClient(endpoint, sink, text);
    }

    public BotUnderTest Bot { get; }

    public double? StartupMs { get; private set; }

    public string? Failure { get; private set; }

    /// <summary>Starts the bot and times process start → first reply at the sink.</summary>
    public static async Task<BotSession> StartAsync(BotUnderTest bot, ConnectorSink sink, MessagesOptions options)
    {
        var port = LoopbackPort.Free();
        var session = new BotSession(bot, bot.Start(port), new Uri($"http://127.0.0.1:{port}/api/messages"), sink, options.Text);
        session.StartupMs = await session.FirstReplyAsync();
        session.Failure = session.StartupMs is null ? $"no reply within {StartupLimit.TotalSeconds} s of start:\n{session.process.OutputTail()}" : null;
        return session;
    }

    public async Task<LevelResult> RunLevelAsync(int concurrency, MessagesOptions options)
    {
        var level = await LoadLevel.RunAsync(client, process.Id, concurrency, options, Bot.Name);
        levels.Add(level);
        return level;
    }

    /// <summary>One conversation sending messages of <paramref name="kilobytes"/> KB (<see cref="LongText"/>), closed loop.</summary>
    public async Task<LengthResult> RunLengthAsync(int kilobytes, MessagesOptions options)
    {
        using var sized = new BotClient(endpoint, sink, LongText.Of(kilobytes));
        var result = new LengthResult(kilobytes, await LoadLevel.RunAsync(sized, process.Id, 1, options, $"{Bot.Name}-{kilobytes}kb"));
        lengths.Add(result);
        return result;
    }

    public BotRun ToRun() => new(Bot, StartupMs, levels, Failure) { Lengths = lengths };

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await process.DisposeAsync();
    }

    /// <summary>Retries while the port refuses connections; the clock started just before the process did.</summary>
    private async Task<double?> FirstReplyAsync()
    {
        while (Stopwatch.GetElapsedTime(process.StartTimestamp) < StartupLimit && !process.HasExited)
        {
            if (await client.TurnAsync($"{Bot.Name}-startup", TimeSpan.FromSeconds(10)) is not null)
            {
                return Stopwatch.GetElapsedTime(process.StartTimestamp).TotalMilliseconds;
            }

            await Task.Delay(10);
        }

        return null;
    }
}
