using System.Globalization;
using System.Text.Json;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Testing;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// The date-rule dev set (shared/eval/dates-dev.jsonl): the date each question starts from is derived back from its expected rule
/// result (e.g. key usable until = redemption + 1 year), and the first date we find must be that day. COVID lines are left out
/// because their answer does not fix the input day. Prints accuracy per language.
/// </summary>
public sealed class EvalSetDateTests(ITestOutputHelper output)
{
    private const double Floor = 0.95;

    private static readonly DateRecognizer Recognizer = new();

    [Fact]
    public void Recognize_DateRuleDevSet_FindsTheDayEachRuleStartsFrom()
    {
        var results = new List<(string Language, bool Ok)>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.SharedDirectory, "eval", "dates-dev.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (InputDay(root.GetProperty("kind").GetString()!, root.GetProperty("expect")) is not { } expected)
            {
                continue;
            }

            var text = root.GetProperty("text").GetString()!;
            var language = root.GetProperty("lang").GetString()!;
            var reference = DateOnly.Parse(root.GetProperty("ref").GetString()!, CultureInfo.InvariantCulture);
            var found = Recognizer.Recognize(text, language, reference).FirstOrDefault(m => m.Kind == DateMentionKind.Date)?.Date;
            results.Add((language, found == expected));
            if (found != expected)
            {
                output.WriteLine($"MISS [{language}] {text} :: expected {expected:yyyy-MM-dd}, got {found:yyyy-MM-dd}");
            }
        }

        foreach (var group in results.GroupBy(r => r.Language))
        {
            output.WriteLine($"{group.Key}: {group.Count(r => r.Ok)}/{group.Count()}");
        }

        Assert.Equal(112, results.Count);
        Assert.All(results.GroupBy(r => r.Language), g => Assert.True((double)g.Count(r => r.Ok) / g.Count() >= Floor, $"{g.Key} below {Floor:P0}"));
    }

    private static DateOnly? InputDay(string kind, JsonElement expect)
    {
        DateOnly Get(string key) => DateOnly.Parse(expect.GetProperty(key).GetString()!, CultureInfo.InvariantCulture);
        return kind switch
        {
            "renewal-window" => Get("start").AddDays(-1).AddYears(-1),
            "key-usable-until" => Get("date").AddYears(-1),
            "vs-reassign-from" => Get("date").AddDays(-90),
            "grace-period-end" or "user-assigned-benefit-extension" or "replacement-token-deadline" or "refund-deadline" => Get("date").AddDays(-30),
            _ => null,
        };
    }
}
