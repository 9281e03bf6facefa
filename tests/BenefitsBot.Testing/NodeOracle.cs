namespace BenefitsBot.Testing;

/// <summary>Runs one of the official npm implementations in <c>tests/oracles</c> as a child process: arguments and JSON lines in, JSON lines out.</summary>
public static class NodeOracle
{
    public sealed record Result(int ExitCode, IReadOnlyList<string> StdoutLines, string Stderr);

    public static async Task<Result> RunAsync(
        string script,
        IEnumerable<string> arguments,
        IEnumerable<string>? stdinLines = null,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var dir = RepoPaths.OraclesDirectory;
        if (!Directory.Exists(Path.Combine(dir, "node_modules")))
        {
            throw new InvalidOperationException($"npm packages are missing in {dir}: run `npm ci` there (the README test command does).");
        }

        var result = await ToolProcess.RunAsync("node", [Path.Combine(dir, script), .. arguments], dir, environment, stdinLines, cancellationToken);
        return new Result(result.ExitCode, result.StdoutLines, result.Stderr);
    }
}
