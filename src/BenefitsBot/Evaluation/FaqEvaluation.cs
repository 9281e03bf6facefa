using System.Globalization;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Evaluation;
using BenefitsBot.Knowledge;

namespace BenefitsBot.Evaluation;

/// <summary>
/// The <c>eval faq</c> command. On the dev set: thresholds chosen by k-fold cross-validation and only held-out folds reported
/// (<c>--folds</c>, default 5), beside the BM25 baseline. <c>--set FILE</c>: a question file of the same format decided with the
/// shipped thresholds. <c>--learn</c>: relearns the ranker's weights from the knowledge base's own alternate questions.
/// </summary>
public static class FaqEvaluation
{
    public const int DefaultFolds = 5;

    public static async Task<int> RunAsync(string sharedDirectory, FaqEvaluationOptions options, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var knowledgeBase = KnowledgeBase.Load(ShippedContent.ArticlesFolder);
        if (options.Learn)
        {
            await output.WriteLineAsync(FaqRankerLearning.Describe(knowledgeBase));
            return 0;
        }

        var evalFolder = Path.Combine(sharedDirectory, "eval");
        var entries = await File.ReadAllLinesAsync(Path.Combine(evalFolder, "entries.tsv"), ct);
        var answerer = new FaqAnswerer(knowledgeBase);
        if (options.SetFile is { } setFile)
        {
            var lines = await File.ReadAllLinesAsync(setFile, ct);
            var setCases = FaqEvalSet.Parse(knowledgeBase, lines, lines, entries);
            await output.WriteLineAsync($"{Path.GetFileName(setFile)}: {setCases.Count} questions, shipped thresholds {answerer.Thresholds}");
            await WriteTableAsync(output, FaqEvaluator.Metrics(FaqEvaluator.Run(answerer, setCases)), new Dictionary<string, double>());
            return 0;
        }

        var cases = FaqEvalSet.Parse(
            knowledgeBase,
            await File.ReadAllLinesAsync(Path.Combine(evalFolder, "dev.jsonl"), ct),
            await File.ReadAllLinesAsync(Path.Combine(evalFolder, "ambiguous-dev.jsonl"), ct),
            entries);
        var validation = FaqCrossValidation.Run(answerer, cases, options.Folds);
        var script = OracleScript.Find(sharedDirectory, "bm25-baseline.mjs");
        var baseline = script is null
            ? new Dictionary<string, double>()
            : await Bm25Baseline.Top1ByLanguageAsync(script, knowledgeBase, cases, ct);

        await output.WriteLineAsync($"FAQ dev set: {cases.Count} questions, {knowledgeBase.Entries.Count} entries (accepted answers include ambiguous-dev.jsonl)");
        await output.WriteLineAsync($"{options.Folds}-fold cross-validation: each fold decided with thresholds chosen on the others; held-out folds only");
        await WriteTableAsync(output, FaqEvaluator.Metrics(validation.HeldOut), baseline);
        for (var fold = 0; fold < validation.PerFold.Count; fold++)
        {
            await output.WriteLineAsync($"fold {fold + 1}: {validation.PerFold[fold]}");
        }

        await output.WriteLineAsync($"chosen on all folds: {validation.OnAll}");
        await output.WriteLineAsync($"shipped:             {answerer.Thresholds}");
        if (script is null)
        {
            await output.WriteLineAsync("bm25-baseline.mjs with node_modules not found beside the shared folder or in tests/oracles: baseline skipped");
        }

        return 0;
    }

    private static async Task WriteTableAsync(TextWriter output, IReadOnlyList<FaqEvalMetrics> metrics, IReadOnlyDictionary<string, double> baseline)
    {
        await output.WriteLineAsync("lang    n    top1  one-click  none-recall  false-none  wrong  clarify   | bm25 top1");
        foreach (var m in metrics)
        {
            var bm25 = baseline.TryGetValue(m.Language, out var value) ? value.ToString("F3", CultureInfo.InvariantCulture) : "n/a";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{m.Language,-6} {m.Questions,4}  {m.Top1,6:F3}  {m.OneClick,9:F3}  {m.NoneRecall,11:F3}  {m.FalseNone,10:F3}  {m.WrongAnswer,5:F3}  {m.ClarifyRate,7:F3}   | {bm25}"));
        }
    }
}

/// <summary>What <c>eval faq</c> does: cross-validate on dev (<see cref="Folds"/>), measure a set file, or relearn the ranker.</summary>
public sealed record FaqEvaluationOptions(int Folds = FaqEvaluation.DefaultFolds, string? SetFile = null, bool Learn = false);
