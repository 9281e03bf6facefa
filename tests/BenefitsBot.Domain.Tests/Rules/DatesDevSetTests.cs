using System.Text.Json;
using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// The date-rule dev set. Kind, eligibility question and flags depend only on the text, so every line is checked with no dates given.
/// Lines with ISO dates are also run end to end with the test-only ISO parser; the other date forms wait for the real recognizer
/// (src/BenefitsBot/Evaluation/DateRuleEvaluation.cs).
/// </summary>
public sealed class DatesDevSetTests
{
    private readonly RuleQuestionInterpreter interpreter = new();

    [Theory]
    [MemberData(nameof(DatesDevSet.LineNumbers), MemberType = typeof(DatesDevSet))]
    public void Interpret_DevLine_DetectsKindAndEligibilityQuestion(int lineNumber)
    {
        var line = DatesDevSet.Get(lineNumber);
        var mentionAnywhere = new[] { new DateMention(0, 0, DateMentionKind.Date, line.Ref) };

        var question = interpreter.Interpret(line.Text, line.Lang, mentionAnywhere);

        Assert.NotNull(question);
        Assert.Equal(line.Kind, question.Kind.ToWireName());
        if (question.Kind != RuleKind.CovidExtension)
        {
            Assert.Equal(line.ExpectsEligibility, question.AsksEligibility);
        }
    }

    [Theory]
    [MemberData(nameof(DatesDevSet.LineNumbers), MemberType = typeof(DatesDevSet))]
    public void Interpret_DevLineWithoutRecognizedDate_AsksForDateOrDeclines(int lineNumber)
    {
        var line = DatesDevSet.Get(lineNumber);

        var question = interpreter.Interpret(line.Text, line.Lang, []);

        // Without dates a line is either still seen as a rule question of the right kind that needs a date, or not claimed at all.
        Assert.True(question is null || (question.NeedsDate && question.Kind.ToWireName() == line.Kind), $"{question}");
    }

    [Fact]
    public void EvaluateIsoLines_DevSet_MatchExpectedRuleObject()
    {
        var rules = new BenefitRules(TimeProvider.System);
        var isoLines = DatesDevSet.Load().Where(l => IsoDateMentions.Find(l.Text).Count > 0).ToList();
        var failures = new List<string>();
        foreach (var line in isoLines)
        {
            var question = interpreter.Interpret(line.Text, line.Lang, IsoDateMentions.Find(line.Text));
            var actual = question is { NeedsDate: false } ? RuleVerdictJson.ToRuleObject(rules.Evaluate(question, line.Ref)).ToJsonString() : "null";
            var expected = ExpectedRuleObject(line);
            if (actual != expected)
            {
                failures.Add($"{line}: expected {expected}, got {actual}");
            }
        }

        Assert.NotEmpty(isoLines);
        Assert.Empty(failures);
    }

    private static string ExpectedRuleObject(DatesDevLine line)
    {
        var expected = new System.Text.Json.Nodes.JsonObject { ["kind"] = line.Kind };
        foreach (var name in new[] { "start", "end", "date", "eligible", "reason" })
        {
            if (line.Expect.TryGetProperty(name, out var value))
            {
                expected[name] = System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText());
            }
        }

        return expected.ToJsonString(new JsonSerializerOptions());
    }
}
