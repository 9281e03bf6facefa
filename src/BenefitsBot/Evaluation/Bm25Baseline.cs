using System.Diagnostics;
using System.Text.Json;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Evaluation;

namespace BenefitsBot.Evaluation;

/// <summary>Runs the peer BM25 baseline (<c>bm25-baseline.mjs</c>, lunr) over our knowledge base exported as its faq.json, and computes top-1 per language.</summary>
internal static class Bm25Baseline
{
    public static async Task<IReadOnlyDictionary<string, double>> Top1ByLanguageAsync(
        string script, KnowledgeBase knowledgeBase, IReadOnlyList<FaqEvalCase> cases, CancellationToken cancellationToken)
    {
        var faqFile = Path.Combine(Path.GetTempPath(), $"benefitsbot-faq-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(faqFile, FaqJson(knowledgeBase), cancellationToken);
        try
        {
            var answerable = cases.Where(item => !item.ExpectsNone).ToList();
            var queries = answerable.Select(item => JsonSerializer.Serialize(new { q = item.Text, lang = item.Language }));
            var lines = await RunNodeAsync(script, faqFile, queries, cancellationToken);
            var hits = answerable.Zip(lines, (item, line) => (item.Language, Hit: FirstId(line) is { } id && item.AcceptedEntryIds.Contains(id))).ToList();
            return hits.GroupBy(hit => hit.Language)
                .Select(group => (Key: group.Key, Share: (double)group.Count(hit => hit.Hit) / group.Count()))
                .Append((Key: FaqEvaluator.Overall, Share: hits.Count == 0 ? 0 : (double)hits.Count(hit => hit.Hit) / hits.Count))
                .ToDictionary(pair => pair.Key, pair => Math.Round(pair.Share, 3), StringComparer.Ordinal);
        }
        finally
        {
            File.Delete(faqFile);
        }
    }

    /// <summary>The baseline's input: one document per entry and language, {id, question, answer, lang}.</summary>
    public static string FaqJson(KnowledgeBase knowledgeBase) =>
        JsonSerializer.Serialize(knowledgeBase.Entries.SelectMany(entry => entry.Texts.Values.Select(text =>
            new { id = entry.Id, question = text.Question, answer = text.AnswerText, lang = text.Language })));

    private static string? FirstId(string line)
    {
        using var json = JsonDocument.Parse(line);
        var top = json.RootElement.GetProperty("top");
        return top.GetArrayLength() > 0 ? top[0].GetProperty("id").GetString() : null;
    }

    private static async Task<List<string>> RunNodeAsync(string script, string faqFile, IEnumerable<string> stdinLines, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(script)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(faqFile);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        foreach (var line in stdinLines)
        {
            await process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"bm25-baseline.mjs exited with {process.ExitCode}: {await stderr}");
        }

        return [.. (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
