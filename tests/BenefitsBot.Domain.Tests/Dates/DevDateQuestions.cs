using System.Globalization;
using System.Text.Json;
using BenefitsBot.Testing;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// The date-rule dev set (shared/eval/dates-dev.jsonl) as date questions: the day each question starts from is derived back from its
/// expected rule result (e.g. key usable until = redemption + 1 year). COVID lines are left out because their answer does not fix
/// the input day.
/// </summary>
public static class DevDateQuestions
{
    public sealed record Question(string Language, string Text, DateOnly Reference, DateOnly Expected);

    public static IReadOnlyList<Question> Load()
    {
        var questions = new List<Question>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.SharedDirectory, "eval", "dates-dev.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (InputDay(root.GetProperty("kind").GetString()!, root.GetProperty("expect")) is { } expected)
            {
                questions.Add(new Question(
                    root.GetProperty("lang").GetString()!,
                    root.GetProperty("text").GetString()!,
                    DateOnly.Parse(root.GetProperty("ref").GetString()!, CultureInfo.InvariantCulture),
                    expected));
            }
        }

        return questions;
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
