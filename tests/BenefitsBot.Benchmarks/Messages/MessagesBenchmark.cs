namespace BenefitsBot.Benchmarks.Messages;

/// <summary>
/// <c>/api/messages</c> over loopback for a plain message turn, BenefitsBot against the official JS SDK echo bot, one bot at a
/// time under the same closed-loop load; replies go to <see cref="ConnectorSink"/>. Prints figures, asserts nothing.
/// </summary>
internal static class MessagesBenchmark
{
    public static async Task RunAsync(TextWriter output, IReadOnlyList<string> arguments)
    {
        var options = MessagesOptions.Parse(arguments);
        output.WriteLine($"messages: text \"{options.Text}\", levels {string.Join('/', options.Levels)}, warm-up {options.Warmup.TotalSeconds} s + {options.Duration.TotalSeconds} s measured per level, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        await using var sink = await ConnectorSink.StartAsync();
        var runs = new List<BotRun>();
        foreach (var name in options.Bots)
        {
            var bot = name switch
            {
                "ours" => BotUnderTest.Ours(options.TeamsRateLimits),
                "theirs" => BotUnderTest.Theirs,
                _ => throw new ArgumentException($"Unknown bot '{name}' (ours, theirs)."),
            };
            runs.Add(await BotRun.MeasureAsync(bot, sink, options, output));
        }

        ResultTable.Write(output, runs);
        output.WriteLine($"load average at the end: {LoadAverage()} (other work on the machine skews every figure)");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
