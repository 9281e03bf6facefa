using BenefitsBot.Knowledge;
using System.Globalization;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Evaluation;

namespace BenefitsBot.Evaluation;

/// <summary>The <c>eval faq</c> command: our answerer on the dev set, per language, beside the BM25 baseline on the same knowledge base and questions.</summary>
public static class FaqEvaluation
{
    public static async Task<int> RunAsync(string sharedDirectory, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        var knowledgeBase = KnowledgeBase.Load(ShippedContent.ArticlesFolder);
        var evalFolder = Path.Combine(sharedDirectory, "eval");
        var cases = FaqEvalSet.Parse(
            knowledgeBase,
            await File.ReadAllLinesAsync(Path.Combine(evalFolder, "dev.jsonl"), ct),
            await File.ReadAllLinesAsync(Path.Combine(evalFolder, "ambiguous-dev.jsonl"), ct),
            await File.ReadAllLinesAsync(Path.Combine(evalFolder, "entries.tsv"), ct));
        var metrics = FaqEvaluator.Metrics(FaqEvaluator.Run(new FaqAnswerer(knowledgeBase), cases));
        var script = OracleScript.Find(sharedDirectory, "bm25-baseline.mjs");
        var baseline = script is null
            ? new Dictionary<string, double>()
            : await Bm25Baseline.Top1ByLanguageAsync(script, knowledgeBase, cases, ct);

        await output.WriteLineAsync($"FAQ dev set: {cases.Count} questions, {knowledgeBase.Entries.Count} entries (accepted answers include ambiguous-dev.jsonl)");
        await output.WriteLineAsync("lang    n    top1   top1+clarify  none-recall  false-none  clarify   | bm25 top1");
        foreach (var m in metrics)
        {
            var bm25 = baseline.TryGetValue(m.Language, out var value) ? value.ToString("F3", CultureInfo.InvariantCulture) : "n/a";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{m.Language,-6} {m.Questions,4}  {m.Top1,6:F3}  {m.Top1Lenient,12:F3}  {m.NoneRecall,11:F3}  {m.FalseNone,10:F3}  {m.ClarifyRate,7:F3}   | {bm25}"));
        }

        if (script is null)
        {
            await output.WriteLineAsync("bm25-baseline.mjs with node_modules not found beside the shared folder or in tests/oracles: baseline skipped");
        }

        return 0;
    }
}
