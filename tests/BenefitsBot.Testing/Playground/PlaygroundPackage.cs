namespace BenefitsBot.Testing.Playground;

/// <summary>The pinned npm package in <c>tests/playground</c>: the Agents Playground CLI and the official-SDK echo bot.</summary>
public static class PlaygroundPackage
{
    public static string Directory => Path.Combine(RepoPaths.RepoRoot, "tests", "playground");

    /// <summary>The package's <c>bin</c> (<c>agentsplayground</c> and <c>teamsapptester</c> both point at it).</summary>
    public static string PlaygroundCli => Path.Combine(Directory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static string EchoBotScript => Path.Combine(Directory, "echo-bot.mjs");

    public static void EnsureInstalled()
    {
        if (!File.Exists(PlaygroundCli) || !System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "botbuilder")))
        {
            throw new InvalidOperationException($"npm packages are missing in {Directory}: run `npm ci` there (the README test command does).");
        }
    }

    /// <summary>Environment for a node child that must reach only loopback: a machine-wide proxy would otherwise carry bot traffic.</summary>
    public static Dictionary<string, string?> LoopbackOnlyEnvironment() => new()
    {
        ["HTTP_PROXY"] = null,
        ["HTTPS_PROXY"] = null,
        ["http_proxy"] = null,
        ["https_proxy"] = null,
        ["NO_PROXY"] = "127.0.0.1,localhost",
    };
}
