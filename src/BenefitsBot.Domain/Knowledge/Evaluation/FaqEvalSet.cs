using System.Text.Json;

namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>Reads the eval files' text (dev.jsonl, ambiguous-dev.jsonl, entries.tsv) into cases keyed to our entry ids via the English question.</summary>
public static class FaqEvalSet
{
    public static IReadOnlyList<FaqEvalCase> Parse(KnowledgeBase knowledgeBase, IEnumerable<string> devLines, IEnumerable<string> ambiguousLines, IEnumerable<string> entriesTsvLines)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var byQuestion = knowledgeBase.Entries.GroupBy(entry => entry.QuestionEn, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Id, StringComparer.Ordinal);
        var evalToEntry = entriesTsvLines.Skip(1).Select(line => line.Split('\t')).Where(cells => cells.Length >= 3)
            .ToDictionary(cells => cells[0], cells => byQuestion.GetValueOrDefault(cells[2]) ?? throw new InvalidDataException($"no entry has the question of {cells[0]}: '{cells[2]}'"), StringComparer.Ordinal);
        var also = Lines(ambiguousLines).ToDictionary(row => (row.Lang, row.Text), row => row.Also, EqualityComparer<(string, string)>.Default);
        return [.. Lines(devLines).Select(row =>
        {
            var ids = row.Expect == "none" ? [] : also.GetValueOrDefault((row.Lang, row.Text), []).Append(row.Expect).Select(id => evalToEntry[id]);
            return new FaqEvalCase(row.Lang, row.Text, row.Expect, ids.ToHashSet(StringComparer.Ordinal));
        })];
    }

    private static IEnumerable<(string Lang, string Text, string Expect, string[] Also)> Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines.Where(line => !string.IsNullOrWhiteSpace(line)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var also = root.TryGetProperty("also", out var list) ? list.EnumerateArray().Select(item => item.GetString() ?? "").ToArray() : [];
            yield return (root.GetProperty("lang").GetString() ?? "", root.GetProperty("text").GetString() ?? "", root.GetProperty("expect").GetString() ?? "", also);
        }
    }
}
