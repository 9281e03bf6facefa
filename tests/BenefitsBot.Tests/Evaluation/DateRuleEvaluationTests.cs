using System.Text.Json.Nodes;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Evaluation;
using BenefitsBot.Testing;

namespace BenefitsBot.Tests.Evaluation;

public sealed class DateRuleEvaluationTests
{
    [Fact]
    public async Task RunAsync_RecognizerFindingNothing_AllLinesFailAndReportGroups()
    {
        using var output = new StringWriter();

        var exit = await DateRuleEvaluation.RunAsync(Path.Combine(RepoPaths.SharedDirectory, "eval", "dates-dev.jsonl"), (_, _, _) => Array.Empty<DateMention>(), output, CancellationToken.None);

        var report = output.ToString();
        var total = File.ReadLines(Path.Combine(RepoPaths.SharedDirectory, "eval", "dates-dev.jsonl")).Count(l => l.Length > 0);
        Assert.Equal(1, exit);
        Assert.StartsWith($"date rules: 0/{total} = 0.000", report, StringComparison.Ordinal);
        Assert.Contains($"failures ({total}):", report, StringComparison.Ordinal);
        foreach (var group in new[] { "en", "sv", "nl", "zh-TW", "renewal-window", "covid-extension", "refund-deadline" })
        {
            Assert.Contains($"  {group} ", report, StringComparison.Ordinal);
        }

        Assert.Contains("\"needsDate\":true", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_IsoOnlyRecognizer_CountsSomeLinesCorrect()
    {
        // The recognizer here reads only ISO dates (yyyy-mm-dd) from the text: a test stand-in, not the real DateRecognizer.
        using var output = new StringWriter();

        await DateRuleEvaluation.RunAsync(Path.Combine(RepoPaths.SharedDirectory, "eval", "dates-dev.jsonl"), IsoOnly, output, CancellationToken.None);

        var firstLine = output.ToString().Split('\n')[0];
        Assert.DoesNotContain(" 0/", firstLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"refund-deadline","date":"2026-06-04"}""", """{"kind":"refund-deadline","date":"2026-06-04"}""", true)]
    [InlineData("""{"kind":"refund-deadline","date":"2026-06-04"}""", """{"kind":"refund-deadline","date":"2026-06-05"}""", false)]
    [InlineData("""{"kind":"covid-extension","eligible":false}""", """{"kind":"covid-extension","eligible":true,"date":"2021-01-01"}""", false)]
    [InlineData("""{"kind":"refund-deadline","date":"2026-06-04"}""", """{"kind":"key-usable-until","date":"2026-06-04"}""", false)]
    [InlineData("""{"kind":"refund-deadline"}""", """{"kind":"refund-deadline","needsDate":true}""", false)]
    public void Matches_ExpectedAndActual_ComparesEveryRuleField(string expected, string actual, bool same)
    {
        Assert.Equal(same, DateRuleEvaluation.Matches(JsonNode.Parse(expected)!.AsObject(), JsonNode.Parse(actual)!.AsObject()));
    }

    private static IReadOnlyList<DateMention> IsoOnly(string text, string language, DateOnly today)
    {
        var mentions = new List<DateMention>();
        for (var i = 0; i + 10 <= text.Length; i++)
        {
            if (DateOnly.TryParseExact(text.AsSpan(i, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                mentions.Add(new DateMention(i, 10, DateMentionKind.Date, date));
            }
        }

        return mentions;
    }
}
