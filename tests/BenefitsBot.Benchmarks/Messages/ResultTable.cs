using System.Globalization;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>Prints the figures of all bots and the ours/theirs ratios.</summary>
internal static class ResultTable
{
    public static void Write(TextWriter output, IReadOnlyList<BotRun> runs)
    {
        output.WriteLine();
        output.WriteLine(Row("bot", "conc", "turns/s", "p50 ms", "p99 ms", "errors", "peak MB"));
        foreach (var run in runs)
        {
            foreach (var level in run.Levels)
            {
                output.WriteLine(Row(run.Bot.Name, N(level.Concurrency), N(level.TurnsPerSecond, "F0"), N(level.P50Ms, "F2"), N(level.P99Ms, "F2"), N(level.Errors), level.PeakMemoryMb is { } mb ? N(mb, "F1") : "n/a"));
            }
        }

        output.WriteLine();
        foreach (var run in runs)
        {
            var startup = run.StartupMs is { } ms ? $"{N(ms, "F0")} ms" : "no reply";
            output.WriteLine($"{run.Bot.Name} = {run.Bot.Description}; process start → first reply: {startup}");
            if (run.Failure is not null)
            {
                output.WriteLine($"  failed: {run.Failure}");
            }
        }

        WriteRatios(output, runs);
        WriteLengths(output, runs);
    }

    /// <summary>One conversation, messages of each size: the turn's cost should grow at most linearly with the length.</summary>
    private static void WriteLengths(TextWriter output, IReadOnlyList<BotRun> runs)
    {
        if (!runs.Any(r => r.Lengths.Count > 0))
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("message length (1 conversation; text: a date question repeated to the size):");
        output.WriteLine(Row("bot", "KB", "turns/s", "p50 ms", "p99 ms", "errors", "p50/KB"));
        foreach (var run in runs)
        {
            foreach (var (kilobytes, level) in run.Lengths)
            {
                output.WriteLine(Row(run.Bot.Name, N(kilobytes), N(level.TurnsPerSecond, "F0"), N(level.P50Ms, "F2"), N(level.P99Ms, "F2"), N(level.Errors), N(level.P50Ms / kilobytes, "F2")));
            }
        }
    }

    private static void WriteRatios(TextWriter output, IReadOnlyList<BotRun> runs)
    {
        var ours = runs.FirstOrDefault(r => r.Bot.Name == "ours" && r.Failure is null);
        var theirs = runs.FirstOrDefault(r => r.Bot.Name == "theirs" && r.Failure is null);
        if (ours is null || theirs is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("ours/theirs (target: throughput ≥ 3x, p99 < 1x):");
        foreach (var level in ours.Levels)
        {
            if (theirs.Levels.FirstOrDefault(l => l.Concurrency == level.Concurrency) is { } baseline)
            {
                output.WriteLine($"  {level.Concurrency,3} conversations: throughput {N(level.TurnsPerSecond / baseline.TurnsPerSecond, "F2")}x, p50 {N(level.P50Ms / baseline.P50Ms, "F2")}x, p99 {N(level.P99Ms / baseline.P99Ms, "F2")}x");
            }
        }
    }

    private static string Row(string bot, string concurrency, string rate, string p50, string p99, string errors, string memory) =>
        $"{bot,-8}{concurrency,6}{rate,10}{p50,10}{p99,10}{errors,8}{memory,10}";

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
