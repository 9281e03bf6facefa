using System.Text.Json;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Testing;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Upstream Recognizers-Text specs (shared/recognizers-specs). Prints the pass rate per language, writes the full list of failures and
/// out-of-scope cases to spec-summary.md beside the test binary, and fails when a language drops below its floor in spec-floors.json.
/// </summary>
public sealed class RecognizerSpecTests(ITestOutputHelper output)
{
    private static readonly DateRecognizer Recognizer = new();

    public static TheoryData<string, string, string, string> Suites => new()
    {
        { "en", "en-US", "English-DateTimeModel.json", "English" },
        { "nl", "nl-NL", "Dutch-DateTimeModel.json", "Dutch" },
        { "zh", "zh-CN", "Chinese-DateTimeModel.json", "Chinese" },
        { "sv-extractor", "sv-SE", "Swedish-DateExtractor.json", "Swedish extractor" },
        { "sv-parser", "sv-SE", "Swedish-DateParser.json", "Swedish parser" },
    };

    [Theory]
    [MemberData(nameof(Suites))]
    public void Recognize_UpstreamSpecs_StaysAtOrAboveFloor(string key, string culture, string file, string name)
    {
        var run = SpecRun.Run(Recognizer, name, culture, SpecLoader.Load(file, culture));
        var summary = run.Summary();
        output.WriteLine(summary);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"spec-summary-{key}.md"), summary);

        var floor = Floors()[key];
        Assert.True(run.InScope.Count > 0, "no in-scope cases");
        Assert.True(run.PassRate >= floor, $"{name}: pass rate {run.PassRate:P1} ({run.Passed}/{run.InScope.Count}) fell below the floor {floor:P1}");
    }

    private static Dictionary<string, double> Floors()
    {
        var path = Path.Combine(RepoPaths.RepoRoot, "tests", "BenefitsBot.Domain.Tests", "Dates", "spec-floors.json");
        return JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path))!;
    }
}
