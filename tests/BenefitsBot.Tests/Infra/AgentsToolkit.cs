using BenefitsBot.Testing;

namespace BenefitsBot.Tests.Infra;

/// <summary>The Microsoft 365 Agents Toolkit CLI (npm, tests/toolkit), run offline with telemetry off.</summary>
internal static class AgentsToolkit
{
    public static string Directory => Path.Combine(RepoPaths.RepoRoot, "tests", "toolkit");

    /// <summary><c>atk</c> with <paramref name="arguments"/>, in <paramref name="projectFolder"/>.</summary>
    public static Task<ToolProcess.Result> RunAsync(IEnumerable<string> arguments, string projectFolder) =>
        OfflineTool.RunAsync(Tool("atk"), [.. arguments, "--folder", projectFolder, "--telemetry", "false"], projectFolder);

    /// <summary>tests/toolkit/check-project.mjs: the project file loaded by the toolkit's own parser; one JSON line out.</summary>
    public static Task<ToolProcess.Result> CheckProjectAsync(string projectFile) =>
        OfflineTool.RunAsync("node", [Path.Combine(Directory, "check-project.mjs"), projectFile], Directory);

    private static string Tool(string name)
    {
        var path = Path.Combine(Directory, "node_modules", ".bin", name);
        return File.Exists(path) ? path : throw new InvalidOperationException($"npm packages are missing in {Directory}: run `npm ci` there (tests/run.sh does).");
    }
}
