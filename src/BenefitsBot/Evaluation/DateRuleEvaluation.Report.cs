using System.Globalization;

namespace BenefitsBot.Evaluation;

public static partial class DateRuleEvaluation
{
    private static async Task WriteReportAsync(List<LineResult> results, TextWriter output, CancellationToken ct)
    {
        var correct = results.Count(r => r.Correct);
        await output.WriteLineAsync($"date rules: {correct}/{results.Count} = {Ratio(correct, results.Count)}".AsMemory(), ct);
        await WriteGroupsAsync("language", results.GroupBy(r => r.Language), output, ct);
        await WriteGroupsAsync("kind", results.GroupBy(r => r.Kind), output, ct);
        var failures = results.Where(r => !r.Correct).ToList();
        await output.WriteLineAsync($"failures ({failures.Count}):".AsMemory(), ct);
        foreach (var failure in failures)
        {
            var actual = failure.Actual?.ToJsonString() ?? "not a date-rule question";
            await output.WriteLineAsync(
                $"  line {failure.Line} [{failure.Language}] {failure.Text}\n    expected {failure.Expected.ToJsonString()}\n    actual   {actual}".AsMemory(), ct);
        }
    }

    private static async Task WriteGroupsAsync(string title, IEnumerable<IGrouping<string, LineResult>> groups, TextWriter output, CancellationToken ct)
    {
        await output.WriteLineAsync($"per {title}:".AsMemory(), ct);
        foreach (var group in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var correct = group.Count(r => r.Correct);
            await output.WriteLineAsync($"  {group.Key,-32} {correct,3}/{group.Count(),-3} {Ratio(correct, group.Count())}".AsMemory(), ct);
        }
    }

    private static string Ratio(int correct, int total) =>
        (total == 0 ? 0 : (double)correct / total).ToString("0.000", CultureInfo.InvariantCulture);
}
