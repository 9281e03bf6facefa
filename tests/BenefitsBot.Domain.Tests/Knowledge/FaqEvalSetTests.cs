using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Evaluation;
using BenefitsBot.Testing;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>
/// The dev set and our own paraphrase check set (written apart from the dev set: other wording, typos, code-mixing, near-misses)
/// through the answerer, with floors slightly below the figures reached so regressions fail.
/// </summary>
public sealed class FaqEvalSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<FaqAnswerer> Answerer = new(() => new FaqAnswerer(ShippedArticles.KnowledgeBase));

    [Fact]
    public void Ask_DevSet_MeetsPerLanguageFloors()
    {
        var dev = File.ReadLines(Path.Combine(ShippedArticles.EvalFolder, "dev.jsonl"));
        var ambiguous = File.ReadLines(Path.Combine(ShippedArticles.EvalFolder, "ambiguous-dev.jsonl"));

        var metrics = Run(dev, ambiguous);

        // Reached: top-1 en .974, sv .966, nl .975, zh-TW .975; none recall 1.0 in every language; false none .006.
        AssertFloors(metrics, top1: [("en", 0.95), ("sv", 0.95), ("nl", 0.95), ("zh-TW", 0.95)], noneRecall: 0.90, falseNone: 0.02);
    }

    [Fact]
    public void Ask_ParaphraseCheckSet_MeetsPerLanguageFloors()
    {
        var metrics = RunOwnSet("paraphrase-check.jsonl");

        // Reached: top-1 en 1.0, sv .957, nl .976, zh-TW .978; none recall .979 (en .917); false none 0.
        AssertFloors(metrics, top1: [("en", 0.95), ("sv", 0.93), ("nl", 0.95), ("zh-TW", 0.95)], noneRecall: 0.90, falseNone: 0.02);
    }

    /// <summary>A second small set, written after the check set and never used to choose a change: the honest estimate.</summary>
    [Fact]
    public void Ask_ParaphraseHoldoutSet_MeetsPerLanguageFloors()
    {
        var metrics = RunOwnSet("paraphrase-holdout.jsonl");

        // About a dozen answerable questions per language: one miss is .09. Reached: top-1 1.0 everywhere, none recall .92
        // (en, sv, nl 1.0; zh-TW .67), false none 0.
        AssertFloors(metrics, top1: [("en", 0.90), ("sv", 0.90), ("nl", 0.90), ("zh-TW", 0.90)], noneRecall: 0.60, falseNone: 0.10);
    }

    /// <summary>
    /// Out-of-scope questions that name one benefits word (a tenant, Azure, Visual Studio) beside answerable paraphrases,
    /// written before any change meant for them and never used to choose one: the honest estimate for refusing near-misses.
    /// </summary>
    [Fact]
    public void Ask_OffTopicHoldoutSet_MeetsPerLanguageFloors()
    {
        var metrics = RunOwnSet("offtopic-holdout.jsonl");

        // Ten answerable questions per language: one miss is .10. Before the unfamiliar-word rule: none recall en .67, sv .73,
        // nl .53, zh-TW .60. Reached: top-1 en .90, sv .90, nl .90, zh-TW .80; none recall en .80, sv .73, nl .67, zh-TW .67;
        // false none .025.
        AssertFloors(metrics, top1: [("en", 0.85), ("sv", 0.85), ("nl", 0.85), ("zh-TW", 0.75)], noneRecall: 0.65, falseNone: 0.05);
    }

    /// <summary>Our own sets carry their accepted alternatives ("also") on their own lines, so each is its own ambiguous file.</summary>
    private Dictionary<string, FaqEvalMetrics> RunOwnSet(string fileName)
    {
        var lines = File.ReadLines(Path.Combine(RepoPaths.RepoRoot, "tests", "BenefitsBot.Domain.Tests", "Knowledge", fileName)).ToList();
        return Run(lines, lines);
    }

    private Dictionary<string, FaqEvalMetrics> Run(IEnumerable<string> lines, IEnumerable<string> ambiguousLines)
    {
        var cases = FaqEvalSet.Parse(ShippedArticles.KnowledgeBase, lines, ambiguousLines, File.ReadLines(Path.Combine(ShippedArticles.EvalFolder, "entries.tsv")));
        var outcomes = FaqEvaluator.Run(Answerer.Value, cases);
        var metrics = FaqEvaluator.Metrics(outcomes);
        foreach (var m in metrics)
        {
            output.WriteLine($"{m.Language,-6} n={m.Questions,3} top1={m.Top1:F3} top1+clarify={m.Top1Lenient:F3} noneRecall={m.NoneRecall:F3} falseNone={m.FalseNone:F3} clarify={m.ClarifyRate:F3}");
        }

        foreach (var (item, result) in outcomes.Where(outcome => outcome.Case.ExpectsNone ? outcome.Result.Kind != FaqResultKind.None : !FaqEvaluator.IsTop1(outcome.Case, outcome.Result)))
        {
            output.WriteLine($"MISS {item.Language} [{item.ExpectedEvalId}] {item.Text} -> {result.Kind} {result.Score:F2} {string.Join(" | ", result.Suggestions.Select(s => $"{s.Entry.QuestionEn[..Math.Min(40, s.Entry.QuestionEn.Length)]} {s.Score:F2}"))}");
        }

        return metrics.ToDictionary(m => m.Language);
    }

    private static void AssertFloors(Dictionary<string, FaqEvalMetrics> byLanguage, (string Language, double Floor)[] top1, double noneRecall, double falseNone)
    {
        Assert.All(top1, floor => Assert.True(byLanguage[floor.Language].Top1 >= floor.Floor, $"{floor.Language} top-1 {byLanguage[floor.Language].Top1} < {floor.Floor}"));
        Assert.All(byLanguage.Values, m => Assert.True(m.NoneRecall >= noneRecall, $"{m.Language} none recall {m.NoneRecall} < {noneRecall}"));
        Assert.True(byLanguage[FaqEvaluator.Overall].FalseNone <= falseNone, $"false none {byLanguage[FaqEvaluator.Overall].FalseNone} > {falseNone}");
    }
}
