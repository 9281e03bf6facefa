using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Evaluation;

/// <summary>
/// Runs <c>eval/dates-dev.jsonl</c> end to end: recognize dates → interpret the question → evaluate the rule, and compares the
/// <c>"rule"</c> object with <c>expect</c> (kind, start, end, date, eligible, reason). Prints accuracy per language and per kind and the failures.
/// </summary>
public static partial class DateRuleEvaluation
{
    private static readonly string[] Fields = ["start", "end", "date", "eligible", "reason"];

    /// <summary>Returns 0 when every line is right, 1 otherwise.</summary>
    /// <param name="setFile">The question file: <c>eval/dates-dev.jsonl</c> of the shared folder, or another of the same format.</param>
    /// <param name="recognize">Date recognizer: (text, language, reference date) → mentions.</param>
    /// <param name="output">Where the report is written.</param>
    /// <param name="ct">Cancels between lines.</param>
    public static async Task<int> RunAsync(
        string setFile,
        Func<string, string, DateOnly, IReadOnlyList<DateMention>> recognize,
        TextWriter output,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recognize);
        ArgumentNullException.ThrowIfNull(output);
        var interpreter = new RuleQuestionInterpreter();
        var rules = new BenefitRules(TimeProvider.System);
        var results = new List<LineResult>();
        var path = setFile;
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, ct))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            results.Add(Run(lineNumber, JsonNode.Parse(line)!.AsObject(), interpreter, rules, recognize));
        }

        await WriteReportAsync(results, output, ct);
        return results.All(r => r.Correct) ? 0 : 1;
    }

    private static LineResult Run(
        int lineNumber,
        JsonObject line,
        RuleQuestionInterpreter interpreter,
        BenefitRules rules,
        Func<string, string, DateOnly, IReadOnlyList<DateMention>> recognize)
    {
        var language = (string)line["lang"]!;
        var text = (string)line["text"]!;
        var kind = (string)line["kind"]!;
        var today = (string?)line["ref"] is { } reference ? DateOnly.Parse(reference, CultureInfo.InvariantCulture) : rules.Today;
        var expected = new JsonObject { ["kind"] = kind };
        foreach (var (name, value) in line["expect"]!.AsObject())
        {
            expected[name] = value?.DeepClone();
        }

        var question = interpreter.Interpret(text, language, recognize(text, language, today), today);
        var actual = question is null ? null
            : question.NeedsDate ? new JsonObject { ["kind"] = question.Kind.ToWireName(), ["needsDate"] = true }
            : RuleVerdictJson.ToRuleObject(rules.Evaluate(question, today));
        return new LineResult(lineNumber, language, kind, text, expected, actual, Matches(expected, actual));
    }

    /// <summary>Same kind and the same value (or both absent/null) for every rule field.</summary>
    public static bool Matches(JsonObject expected, JsonObject? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (actual is null || (string?)actual["kind"] != (string?)expected["kind"] || actual.ContainsKey("needsDate"))
        {
            return false;
        }

        return Fields.All(f => JsonNode.DeepEquals(expected[f], actual[f]));
    }

    private sealed record LineResult(int Line, string Language, string Kind, string Text, JsonObject Expected, JsonObject? Actual, bool Correct);
}
