using BenefitsBot.Knowledge;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Evaluation;

namespace BenefitsBot.Benchmarks.Faq;

/// <summary>Prints FAQ figures: knowledge-base load time, memory, retrieval p50/p99 on the dev questions, for the shipped articles and a synthetic 10,000-entry base.</summary>
public static class FaqBenchmark
{
    private const int Passes = 5;

    public static async Task RunAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var questions = DevQuestions();
        await output.WriteLineAsync($"FAQ retrieval benchmark ({questions.Count} dev questions x {Passes} passes)");
        await MeasureAsync(output, "shipped articles", () => KnowledgeBase.Load(ShippedContent.ArticlesFolder), questions);
        var shipped = KnowledgeBase.Load(ShippedContent.ArticlesFolder);
        await MeasureAsync(output, "synthetic 10,000 entries", () => SyntheticKnowledgeBase.Create(shipped, 10_000), questions);
    }

    private static async Task MeasureAsync(TextWriter output, string name, Func<KnowledgeBase> load, IReadOnlyList<(string Text, string Language)> questions)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var knowledgeBase = load();
        var loaded = watch.Elapsed;
        var answerer = new FaqAnswerer(knowledgeBase);
        var indexed = watch.Elapsed - loaded;
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;

        foreach (var (text, language) in questions)
        {
            answerer.Ask(text, language);
        }

        var timings = new List<double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var (text, language) in questions)
            {
                var start = Stopwatch.GetTimestamp();
                answerer.Ask(text, language);
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        // Wall-clock percentiles suffer when other builds share the cores; mean CPU time per question does not.
        var cpuPerQuestion = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / timings.Count;
        timings.Sort();
        GC.KeepAlive(answerer);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {knowledgeBase.Entries.Count} entries; load {loaded.TotalMilliseconds:F1} ms, index {indexed.TotalMilliseconds:F1} ms, retained {memory / 1024.0 / 1024.0:F1} MB; " +
            $"retrieval p50 {Percentile(timings, 0.50):F3} ms, p99 {Percentile(timings, 0.99):F3} ms, max {timings[^1]:F3} ms, mean CPU {cpuPerQuestion:F3} ms/question"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static List<(string Text, string Language)> DevQuestions()
    {
        var file = Path.Combine(SharedFolder(), "eval", "dev.jsonl");
        return [.. File.ReadLines(file).Where(line => line.Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return (json.RootElement.GetProperty("text").GetString() ?? "", json.RootElement.GetProperty("lang").GetString() ?? "en");
        })];
    }

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BenefitsBot.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("BenefitsBot.sln not found above the benchmark binary");
    }
}
