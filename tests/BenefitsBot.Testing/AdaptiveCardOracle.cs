using System.Text.Json;

namespace BenefitsBot.Testing;

/// <summary>
/// Validates card JSON with the official JS SDK (tests/oracles/validate-card.mjs, Teams' max version 1.5, strict),
/// all cards in one node process because start-up dominates the cost.
/// </summary>
public static class AdaptiveCardOracle
{
    public const string MaxVersion = "1.5";

    public static async Task<IReadOnlyList<CardValidation>> ValidateAsync(
        IEnumerable<(string Name, string Json)> cards,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var directory = Directory.CreateTempSubdirectory("benefitsbot-cards-");
        try
        {
            var files = new List<(string Name, string Path)>();
            foreach (var (name, json) in cards)
            {
                var path = System.IO.Path.Combine(directory.FullName, $"{files.Count:D4}.json");
                await File.WriteAllTextAsync(path, json, cancellationToken);
                files.Add((name, path));
            }

            if (files.Count == 0)
            {
                return [];
            }

            var result = await NodeOracle.RunAsync(
                "validate-card.mjs",
                ["--max-version", MaxVersion, "--strict", "--json", .. files.Select(f => f.Path)],
                cancellationToken: cancellationToken);
            if (result.ExitCode is not (0 or 1) || result.StdoutLines.Count != files.Count)
            {
                throw new InvalidOperationException(
                    $"validate-card.mjs exited {result.ExitCode} with {result.StdoutLines.Count} results for {files.Count} cards: {result.Stderr}");
            }

            // the oracle names each result by its file; the caller's names replace the temp paths
            var byPath = result.StdoutLines.Select(ParseLine).ToDictionary(v => v.Name, StringComparer.Ordinal);
            return [.. files.Select(f => byPath[f.Path] with { Name = f.Name })];
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static CardValidation ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var errors = root.GetProperty("errors").EnumerateArray()
            .Select(e => new CardIssue(e.GetProperty("event").GetString() ?? "", e.GetProperty("message").GetString() ?? ""))
            .ToList();
        return new CardValidation(root.GetProperty("file").GetString() ?? "", root.GetProperty("ok").GetBoolean(), errors);
    }
}
