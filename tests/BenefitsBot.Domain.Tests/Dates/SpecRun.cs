using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>Runs one language's spec cases and keeps the in-scope results and the out-of-scope list.</summary>
public sealed class SpecRun
{
    public required string Language { get; init; }

    public List<(SpecCase Case, string? Failure)> InScope { get; } = [];

    public List<(SpecCase Case, string Reason)> OutOfScope { get; } = [];

    public int Passed => InScope.Count(r => r.Failure is null);

    public double PassRate => InScope.Count == 0 ? 0 : (double)Passed / InScope.Count;

    public static SpecRun Run(DateRecognizer recognizer, string language, string culture, IEnumerable<SpecCase> cases)
    {
        var run = new SpecRun { Language = language };
        foreach (var c in cases)
        {
            if (SpecScope.OutOfScopeReason(c) is { } reason)
            {
                run.OutOfScope.Add((c, reason));
                continue;
            }

            var reference = c.Reference ?? new DateOnly(2016, 11, 7);
            run.InScope.Add((c, SpecJudge.Failure(c, recognizer.Recognize(c.Input, culture, reference))));
        }

        return run;
    }

    public string Summary()
    {
        var lines = new List<string>
        {
            $"## {Language}: in scope {InScope.Count}, passed {Passed} ({PassRate:P1}); out of scope {OutOfScope.Count}",
        };
        lines.AddRange(OutOfScope.GroupBy(o => o.Reason).OrderByDescending(g => g.Count()).Select(g => $"- out of scope, {g.Key}: {g.Count()}"));
        lines.Add("### failures");
        lines.AddRange(InScope.Where(r => r.Failure is not null).Select(r => $"- [{r.Case.Reference:yyyy-MM-dd}] {r.Case.Input.ReplaceLineEndings(" ")} :: {r.Failure}"));
        lines.Add("### out of scope");
        lines.AddRange(OutOfScope.Select(o => $"- ({o.Reason}) {o.Case.Input.ReplaceLineEndings(" ")}"));
        return string.Join(Environment.NewLine, lines);
    }
}
