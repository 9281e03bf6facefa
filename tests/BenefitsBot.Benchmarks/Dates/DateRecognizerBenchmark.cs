using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Testing;

namespace BenefitsBot.Benchmarks.Dates;

/// <summary>
/// Prints date recognizer figures: constructing it (on the bot's startup path), each language's first call (which builds our patterns
/// and, on the first cued question, the Microsoft.Recognizers.Text model), then per question after warm-up: p50/p99/max wall time
/// and CPU time per question (which other processes on a shared machine inflate less), for the dev set's date questions and for
/// questions whose phrases are handed to the model (period edges, quarters, weekends, holidays we do not name), and for both together (the p99
/// of a language's traffic). Ours and the model alone are printed beside the combination for scale. The model's date, date period
/// and time extractors keep their results by text and reference day, so a question asked again costs them nothing: the cued
/// questions are also timed "as new questions", each call a day later, as every question a user types is new to that cache, and
/// so are all the questions of the Domain tests' date sets, which are many more, and more varied, than the dev set's. Last, the
/// rule interpretation that follows recognition on the answer's path, over the same questions.
/// </summary>
public static class DateRecognizerBenchmark
{
    private const int Rounds = 10;

    private static readonly (string Language, string Text)[] Cued =
    [
        // Named days are ours now (LanguageProfiles.English().Holidays); a quarter and a period edge still go to the model.
        ("en", "we bought the action pack at the end of last quarter, is the key still valid at the end of next month?"),
        ("en", "our renewal fell in Q2 2020; can we still renew on the second Monday of May?"),
        ("nl", "we hebben het action pack na kerstmis gekocht, kunnen we eind volgende maand nog verlengen?"),
        ("nl", "de sleutel is op de eerste maandag van maart verzilverd; geldt hij tot het einde van het jaar?"),
        ("zh-TW", "我們在聖誕節購買了 Action Pack，下個季度還能續約嗎？"),
        ("zh-TW", "金鑰在去年年底兌換，五月的第二個星期一還能用嗎？"),
    ];

    public static async Task RunAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var questions = DevQuestions();
        await output.WriteLineAsync($"Date recognizer benchmark ({Rounds} rounds over each language's questions after 3 warm-up rounds)");
        var watch = Stopwatch.StartNew();
        var recognizer = new DateRecognizer();
        await output.WriteLineAsync($"  construct {watch.Elapsed.TotalMilliseconds:F1} ms");
        foreach (var language in questions.Select(q => q.Language).Distinct())
        {
            var first = Time(() => recognizer.Recognize(questions.First(q => q.Language == language).Text, language, questions[0].Reference));
            var cued = Cued.Where(c => c.Language == language).Select(c => c.Text).FirstOrDefault();
            var firstCued = cued is null ? "none" : $"{Time(() => recognizer.Recognize(cued, language, questions[0].Reference)):F1} ms";
            await output.WriteLineAsync($"  first call {language}: {first:F1} ms; first cued question (builds the model): {firstCued}");
        }

        await output.WriteLineAsync("  warm, per question: p50 / p99 / max wall ms; CPU ms per question");
        foreach (var language in questions.Select(q => q.Language).Distinct())
        {
            var dev = questions.Where(q => q.Language == language).Select(q => q.Text).ToList();
            var cued = Cued.Where(c => c.Language == language).Select(c => c.Text).ToList();
            var reference = questions[0].Reference;
            await output.WriteLineAsync($"  {language} dev ({dev.Count}): combined {Measure(dev, t => recognizer.Recognize(t, language, reference))}");
            await output.WriteLineAsync($"  {language} dev ({dev.Count}): ours alone {Measure(dev, t => recognizer.RecognizeOurs(t, language, reference))}; model alone {Measure(dev, t => recognizer.RecognizeOfficial(t, language, reference))}");
            if (cued.Count > 0)
            {
                await output.WriteLineAsync($"  {language} cued ({cued.Count}): combined {Measure(cued, t => recognizer.Recognize(t, language, reference))}");
                var day = 0;
                await output.WriteLineAsync($"  {language} cued ({cued.Count}), as new questions: combined {Measure(cued, t => recognizer.Recognize(t, language, reference.AddDays(++day)))}");
                List<string> all = [.. dev, .. cued];
                await output.WriteLineAsync($"  {language} all ({all.Count}): combined {Measure(all, t => recognizer.Recognize(t, language, reference))}");
            }
        }

        await output.WriteLineAsync("  new questions, every date set's questions: p50 / mean / p90 / p99 / max ms, share over 1 ms; cued share");
        foreach (var group in SetQuestions().GroupBy(q => q.Language))
        {
            await output.WriteLineAsync($"  {group.Key} ({group.Count()}): {MeasureNew([.. group], recognizer)}");
        }

        await output.WriteLineAsync("  rule interpretation of the recognized question, every date set's questions: p50 / mean / p90 / p99 / max ms");
        var interpreter = new RuleQuestionInterpreter();
        foreach (var group in SetQuestions().GroupBy(q => q.Language))
        {
            await output.WriteLineAsync($"  {group.Key} ({group.Count()}): {MeasureInterpretation([.. group], recognizer, interpreter)}");
        }
    }

    /// <summary>The interpreter alone, given each question's recognized dates; it keeps no cache, so the least of a few runs is its cost.</summary>
    private static string MeasureInterpretation(List<(string Language, string Text, DateOnly Reference)> questions, DateRecognizer recognizer, RuleQuestionInterpreter interpreter)
    {
        var times = new List<double>();
        foreach (var (language, text, reference) in questions)
        {
            var mentions = recognizer.Recognize(text, language, reference);
            var best = double.MaxValue;
            for (var run = 0; run < NewQuestionDays; run++)
            {
                best = Math.Min(best, Time(() => interpreter.Interpret(text, language, mentions, reference)));
            }

            times.Add(best);
        }

        times.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{times[times.Count / 2]:F3} / {times.Average():F3} / {times[(int)(times.Count * 0.9)]:F3} / {times[(int)(times.Count * 0.99)]:F3} / {times[^1]:F3}");
    }

    /// <summary>
    /// Each question as a new one, as users type them: read on <see cref="NewQuestionDays"/> reference days no earlier call used (the
    /// model's caches are keyed by text and day), the least of those times kept, since the machine's noise only ever adds.
    /// </summary>
    private static string MeasureNew(List<(string Language, string Text, DateOnly Reference)> questions, DateRecognizer recognizer)
    {
        var times = new List<double>();
        var cued = 0;
        foreach (var (language, text, reference) in questions)
        {
            var best = double.MaxValue;
            for (var day = 1; day <= NewQuestionDays; day++)
            {
                best = Math.Min(best, Time(() => recognizer.Recognize(text, language, reference.AddDays(-day))));
            }

            times.Add(best);
            cued += recognizer.IsCued(text, language) ? 1 : 0;
        }

        times.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{times[times.Count / 2]:F3} / {times.Average():F3} / {times[(int)(times.Count * 0.9)]:F3} / {times[(int)(times.Count * 0.99)]:F3} / {times[^1]:F3}; {times.Count(t => t > 1) / (double)times.Count:P0} over 1 ms; {cued / (double)times.Count:P0} cued");
    }

    private const int NewQuestionDays = 5;

    private static string Measure(List<string> texts, Action<string> recognize)
    {
        for (var round = 0; round < 3; round++)
        {
            texts.ForEach(recognize);
        }

        var times = new List<double>();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var round = 0; round < Rounds; round++)
        {
            times.AddRange(texts.Select(t => Time(() => recognize(t))));
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / times.Count;
        times.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{times[times.Count / 2]:F3} / {times[(int)(times.Count * 0.99)]:F3} / {times[^1]:F3}; CPU {cpu:F3}");
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The texts of the date-rule dev set (shared/eval/dates-dev.jsonl), with their reference days.</summary>
    private static List<(string Language, string Text, DateOnly Reference)> DevQuestions() =>
        Questions(Path.Combine(RepoPaths.SharedDirectory, "eval", "dates-dev.jsonl"));

    /// <summary>The date-rule questions of every set the Domain tests hold (blind sets and probes), in file order.</summary>
    private static List<(string Language, string Text, DateOnly Reference)> SetQuestions() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "tests", "BenefitsBot.Domain.Tests", "Rules"), "*.jsonl").Order(StringComparer.Ordinal).SelectMany(Questions)];

    private static List<(string Language, string Text, DateOnly Reference)> Questions(string path) =>
        [.. File.ReadLines(path).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return (root.GetProperty("lang").GetString()!, root.GetProperty("text").GetString()!,
                DateOnly.Parse(root.GetProperty("ref").GetString()!, CultureInfo.InvariantCulture));
        })];
}
