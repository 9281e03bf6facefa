namespace BenefitsBot.Benchmarks.Messages;

/// <summary>
/// <c>/api/messages</c> over loopback for a plain message turn, BenefitsBot against the official JS SDK echo bot: both run,
/// loaded one at a time, level by level, under the same closed-loop load; replies go to <see cref="ConnectorSink"/>.
/// Prints figures, asserts nothing.
/// </summary>
internal static class MessagesBenchmark
{
    public static async Task RunAsync(TextWriter output, IReadOnlyList<string> arguments)
    {
        var options = MessagesOptions.Parse(arguments);
        output.WriteLine($"messages: text \"{options.Text}\", levels {string.Join('/', options.Levels)}, lengths {string.Join('/', options.Lengths)} KB, warm-up {options.Warmup.TotalSeconds} s + {options.Duration.TotalSeconds} s measured per level, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        await using var sink = await ConnectorSink.StartAsync();
        var sessions = new List<BotSession>();
        try
        {
            foreach (var name in options.Bots)
            {
                var session = await BotSession.StartAsync(Bot(name, options), sink, options);
                output.WriteLine($"{name}: first reply {session.StartupMs?.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) ?? "never"} ms after process start");
                sessions.Add(session);
            }

            // Levels interleave the bots, so that both meet the machine in about the same state (other work skews figures).
            foreach (var concurrency in options.Levels)
            {
                foreach (var session in sessions.Where(s => s.Failure is null))
                {
                    var level = await session.RunLevelAsync(concurrency, options);
                    output.WriteLine($"{session.Bot.Name}: {concurrency} conversations → {level.TurnsPerSecond:F0} turns/s, {level.Errors} errors");
                }
            }

            foreach (var kilobytes in options.Lengths)
            {
                foreach (var session in sessions.Where(s => s.Failure is null))
                {
                    var length = await session.RunLengthAsync(kilobytes, options);
                    output.WriteLine($"{session.Bot.Name}: {kilobytes} KB messages → p50 {length.Level.P50Ms:F1} ms, {length.Level.Errors} errors");
                }
            }
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }

        var runs = sessions.Select(s => s.ToRun()).ToList();
        ResultTable.Write(output, runs);
        output.WriteLine($"load average at the end: {LoadAverage()} (other work on the machine skews every figure)");
    }

    private static BotUnderTest Bot(string name, MessagesOptions options) => name switch
    {
        "ours" => BotUnderTest.Ours(options.TeamsRateLimits),
        "theirs" => BotUnderTest.Theirs,
        _ => throw new ArgumentException($"Unknown bot '{name}' (ours, theirs)."),
    };

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
