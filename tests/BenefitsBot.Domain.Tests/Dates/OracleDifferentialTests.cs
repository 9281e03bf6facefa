using System.Globalization;
using System.Text.Json;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Testing;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Differential test against the official JS Recognizers-Text (tests/oracles/recognize-dates.mjs) on a generated corpus:
/// English as en-us, Traditional Chinese as zh-cn with t2s. One node process per language. Prints the agreement rate and every
/// disagreement; documented JS quirks are counted by category and left out of the asserted rate.
/// </summary>
public sealed class OracleDifferentialTests(ITestOutputHelper output)
{
    /// <summary>Agreement on phrases outside the known-quirk categories; set a little under what was measured.</summary>
    private const double Floor = 0.95;

    private static readonly DateRecognizer Recognizer = new();

    public static TheoryData<string> Languages => new() { "en", "zh" };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Recognize_GeneratedCorpus_AgreesWithJsRecognizer(string language)
    {
        var phrases = language == "en" ? DifferentialCorpus.English() : DifferentialCorpus.Chinese();
        var lines = phrases.Select(p => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["text"] = p.Text,
            ["culture"] = language == "en" ? "en-us" : "zh-cn",
            ["ref"] = p.Reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["t2s"] = language == "zh",
        }));
        var result = await NodeOracle.RunAsync("recognize-dates.mjs", [], lines);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(phrases.Count, result.StdoutLines.Count);

        var outcomes = phrases.Select((p, i) =>
        {
            using var answer = JsonDocument.Parse(result.StdoutLines[i]);
            return (Phrase: p, Outcome: OracleComparison.Compare(p.Text, Recognizer.Recognize(p.Text, p.Culture, p.Reference), answer.RootElement.Clone()));
        }).ToList();

        var agreed = outcomes.Count(o => o.Outcome.Agrees);
        var known = outcomes.Where(o => !o.Outcome.Agrees && o.Outcome.Category is not null).ToList();
        var judged = outcomes.Count - known.Count;
        var rate = (double)agreed / judged;
        output.WriteLine($"{language}: {outcomes.Count} phrases, agree {agreed} ({(double)agreed / outcomes.Count:P1} raw); known JS quirks {known.Count}; agreement on the rest {rate:P1} ({agreed}/{judged})");
        foreach (var group in known.GroupBy(k => k.Outcome.Category))
        {
            output.WriteLine($"  known quirk {group.Key}: {group.Count()} (e.g. \"{group.First().Phrase.Text}\" {group.First().Outcome.Detail})");
        }

        foreach (var (phrase, outcome) in outcomes.Where(o => !o.Outcome.Agrees && o.Outcome.Category is null))
        {
            output.WriteLine($"  DISAGREE [{phrase.Reference:yyyy-MM-dd}] {phrase.Text} :: {outcome.Detail}");
        }

        Assert.True(rate >= Floor, $"{language}: agreement {rate:P1} below the floor {Floor:P0}");
    }
}
