using BenefitsBot.Domain.Dates;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>The date-rule dev set (<see cref="DevDateQuestions"/>): the first date we find must be the day each rule starts from. Prints accuracy per language.</summary>
public sealed class EvalSetDateTests(ITestOutputHelper output)
{
    private const double Floor = 0.95;

    private static readonly DateRecognizer Recognizer = new();

    [Fact]
    public void Recognize_DateRuleDevSet_FindsTheDayEachRuleStartsFrom()
    {
        var results = new List<(string Language, bool Ok)>();
        foreach (var question in DevDateQuestions.Load())
        {
            var found = Recognizer.Recognize(question.Text, question.Language, question.Reference).FirstOrDefault(m => m.Kind == DateMentionKind.Date)?.Date;
            results.Add((question.Language, found == question.Expected));
            if (found != question.Expected)
            {
                output.WriteLine($"MISS [{question.Language}] {question.Text} :: expected {question.Expected:yyyy-MM-dd}, got {found:yyyy-MM-dd}");
            }
        }

        foreach (var group in results.GroupBy(r => r.Language))
        {
            output.WriteLine($"{group.Key}: {group.Count(r => r.Ok)}/{group.Count()}");
        }

        Assert.Equal(112, results.Count);
        Assert.All(results.GroupBy(r => r.Language), g => Assert.True((double)g.Count(r => r.Ok) / g.Count() >= Floor, $"{g.Key} below {Floor:P0}"));
    }
}
