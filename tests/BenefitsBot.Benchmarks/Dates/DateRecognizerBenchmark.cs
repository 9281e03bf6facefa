using System.Diagnostics;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Benchmarks.Dates;

/// <summary>
/// Prints date recognizer figures: constructing it (on the bot's startup path), each language's first call (which builds that
/// language's patterns), the same again warm, and the steady time per call. Best of several rounds, as the machine is shared.
/// </summary>
public static class DateRecognizerBenchmark
{
    private const int Rounds = 7;
    private const int CallsPerRound = 50;
    private static readonly DateOnly Reference = new(2026, 11, 22);

    private static readonly (string Language, string Text)[] Phrases =
    [
        ("en", "we bought the action pack on 1 sept 2020 and redeemed the key last tuesday, when can we renew?"),
        ("sv", "vi köpte action pack den 1:a september 2020 och löste in nyckeln i tisdags"),
        ("nl", "we hebben het action pack op 1 september 2020 gekocht en de sleutel afgelopen dinsdag verzilverd"),
        ("zh-TW", "我們在民國109年9月1日購買了 Action Pack，上週三兌換了金鑰"),
    ];

    public static async Task RunAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync($"Date recognizer benchmark (best of {Rounds} rounds, {CallsPerRound} calls per round for steady state)");
        var watch = Stopwatch.StartNew();
        var cold = new DateRecognizer();
        await output.WriteLineAsync($"  cold: construct {watch.Elapsed.TotalMilliseconds:F1} ms; first call per language {FirstCalls(cold)}");

        var construct = double.MaxValue;
        var firstCalls = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            watch.Restart();
            var recognizer = new DateRecognizer();
            construct = Math.Min(construct, watch.Elapsed.TotalMilliseconds);
            firstCalls.Add(FirstCalls(recognizer));
        }

        await output.WriteLineAsync($"  warm: construct {construct:F1} ms; first call per language, last round: {firstCalls[^1]}");
        var steady = new DateRecognizer();
        foreach (var (language, text) in Phrases)
        {
            steady.Recognize(text, language, Reference);
            var best = double.MaxValue;
            for (var round = 0; round < Rounds; round++)
            {
                watch.Restart();
                for (var call = 0; call < CallsPerRound; call++)
                {
                    steady.Recognize(text, language, Reference);
                }

                best = Math.Min(best, watch.Elapsed.TotalMilliseconds / CallsPerRound);
            }

            await output.WriteLineAsync($"  steady {language}: {best:F3} ms per call");
        }
    }

    private static string FirstCalls(DateRecognizer recognizer)
    {
        var watch = new Stopwatch();
        return string.Join(", ", Phrases.Select(p =>
        {
            watch.Restart();
            recognizer.Recognize(p.Text, p.Language, Reference);
            return $"{p.Language} {watch.Elapsed.TotalMilliseconds:F1} ms";
        }));
    }
}
