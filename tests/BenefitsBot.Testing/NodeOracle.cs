using System.Diagnostics;

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

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(dir, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        if (stdinLines is not null)
        {
            foreach (var line in stdinLines)
            {
                await process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken);
            }
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Result(process.ExitCode, lines, await stderr);
    }
}
