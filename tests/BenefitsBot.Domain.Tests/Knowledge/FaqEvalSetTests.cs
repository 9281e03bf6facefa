using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Evaluation;
using BenefitsBot.Testing;
using Xunit.Abstractions;

namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>
/// The dev set (cross-validated) and our own question sets through the answerer, with floors slightly below the figures
/// reached so regressions fail. Nothing in the knowledge base or the code was written from these questions.
/// </summary>
public sealed class FaqEvalSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<FaqAnswerer> Answerer = new(() => new FaqAnswerer(ShippedArticles.KnowledgeBase));

    /// <summary>Thresholds chosen on four folds decide the fifth: the figures are held-out ones, the floors a little below them.</summary>
    [Fact]
    public void CrossValidate_DevSet_HeldOutFoldsMeetPerLanguageFloors()
    {
        var cases = FaqEvalSet.Parse(
            ShippedArticles.KnowledgeBase,
            File.ReadLines(Path.Combine(ShippedArticles.EvalFolder, "dev.jsonl")),
            File.ReadLines(Path.Combine(ShippedArticles.EvalFolder, "ambiguous-dev.jsonl")),
            File.ReadLines(Path.Combine(ShippedArticles.EvalFolder, "entries.tsv")));

        var validation = FaqCrossValidation.Run(Answerer.Value, cases, folds: 5);
        var metrics = Report(validation.HeldOut);

        // Reached (held-out folds): top-1 en .906, sv .880, nl .875, zh-TW .975; one-click .984; none recall .583 (zh-TW .467);
        // false none .013.
        AssertFloors(metrics, top1: [("en", 0.86), ("sv", 0.84), ("nl", 0.83), ("zh-TW", 0.92)], noneRecall: 0.40, falseNone: 0.04);
        Assert.True(metrics[FaqEvaluator.Overall].OneClick >= 0.95, $"one-click {metrics[FaqEvaluator.Overall].OneClick}");
    }

    [Fact]
    public void Ask_ParaphraseCheckSet_MeetsPerLanguageFloors()
    {
        var metrics = RunOwnSet("paraphrase-check.jsonl");

        // Reached: top-1 en .882, sv .935, nl .878, zh-TW .978; one-click .984; none recall .75 (nl .583); false none .005.
        AssertFloors(metrics, top1: [("en", 0.85), ("sv", 0.90), ("nl", 0.85), ("zh-TW", 0.93)], noneRecall: 0.55, falseNone: 0.03);
    }

    /// <summary>A second small set, written after the check set and never used to choose a change: the honest estimate.</summary>
    [Fact]
    public void Ask_ParaphraseHoldoutSet_MeetsPerLanguageFloors()
    {
        var metrics = RunOwnSet("paraphrase-holdout.jsonl");

        // About a dozen answerable questions per language: one miss is .09. Reached: top-1 en .917, sv 1.0, nl .818, zh-TW 1.0,
        // none recall .923 (zh-TW .667), false none .022.
        AssertFloors(metrics, top1: [("en", 0.83), ("sv", 0.90), ("nl", 0.75), ("zh-TW", 0.90)], noneRecall: 0.60, falseNone: 0.08);
    }

    /// <summary>
    /// Out-of-scope questions that name one benefits word (a tenant, Azure, Visual Studio) beside answerable paraphrases,
    /// written before any change meant for them and never used to choose one: the honest estimate for refusing near-misses.
    /// </summary>
    [Fact]
    public void Ask_OffTopicHoldoutSet_MeetsPerLanguageFloors()
    {
        var metrics = RunOwnSet("offtopic-holdout.jsonl");

        // Ten answerable questions per language: one miss is .10. Glossary and topic lists (before): top-1 en .90, sv .90, nl .90,
        // zh-TW .80; none recall .80/.73/.67/.67. Learned ranking (now): top-1 .80/1.0/.80/1.0; none recall .867/1.0/.933/.667;
        // false none .025; one-click .975.
        AssertFloors(metrics, top1: [("en", 0.75), ("sv", 0.90), ("nl", 0.75), ("zh-TW", 0.90)], noneRecall: 0.60, falseNone: 0.06);
    }

    /// <summary>
    /// 200 situational questions written from the articles alone by a writer who saw neither code nor eval sets, committed before
    /// the retrieval rewrite and never used to choose a change. Before it: top-1 .756, one-click .782, none recall .886, false none .096.
    /// </summary>
    [Fact]
    public void Ask_SituationalHoldoutSet_MeetsPerLanguageFloors()
    {
        var metrics = RunOwnSet("situational-holdout.jsonl");

        // 39 answerable and 11 out-of-scope questions per language. Reached: top-1 en .897, sv .872, nl .949, zh-TW 1.0;
        // one-click .962; none recall .818-1.0; false none .032.
        AssertFloors(metrics, top1: [("en", 0.85), ("sv", 0.82), ("nl", 0.90), ("zh-TW", 0.95)], noneRecall: 0.72, falseNone: 0.06);
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
        return Report(FaqEvaluator.Run(Answerer.Value, cases));
    }

    private Dictionary<string, FaqEvalMetrics> Report(IReadOnlyList<(FaqEvalCase Case, FaqResult Result)> outcomes)
    {
        var metrics = FaqEvaluator.Metrics(outcomes);
        foreach (var m in metrics)
        {
            output.WriteLine($"{m.Language,-6} n={m.Questions,3} top1={m.Top1:F3} oneClick={m.OneClick:F3} noneRecall={m.NoneRecall:F3} falseNone={m.FalseNone:F3} wrong={m.WrongAnswer:F3} clarify={m.ClarifyRate:F3}");
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
