using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Testing;

namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>The shipped articles and the dev eval files, loaded once per test run.</summary>
internal static class ShippedArticles
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeBase.Load(Folder));

    public static string Folder => Path.Combine(RepoPaths.RepoRoot, "src", "BenefitsBot", "Content", "articles");

    /// <summary>This test folder in the source tree, for files committed beside the tests.</summary>
    public static string SourceFolder => Path.Combine(RepoPaths.RepoRoot, "tests", "BenefitsBot.Domain.Tests", "Knowledge");

    public static string EvalFolder => Path.Combine(RepoPaths.SharedDirectory, "eval");

    public static KnowledgeBase KnowledgeBase => Loaded.Value;

    /// <summary>entries.tsv rows: eval id and English question or heading.</summary>
    public static IReadOnlyList<(string Id, string Question)> EvalEntries() =>
        [.. File.ReadAllLines(Path.Combine(EvalFolder, "entries.tsv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[2]))];
}
