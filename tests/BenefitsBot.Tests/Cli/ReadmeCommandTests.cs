using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using BenefitsBot.Testing;

namespace BenefitsBot.Tests.Cli;

/// <summary>The README's <c>ask --batch --json</c> example run through bash as written (on the build the tests use): stdout is JSON lines only.</summary>
public sealed class ReadmeCommandTests
{
    private static readonly string Configuration = typeof(ReadmeCommandTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    [Fact]
    public async Task AskBatchJson_RunAsTheReadmeWritesIt_StdoutIsJsonLinesTheSchemaNames()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepoPaths.RepoRoot, "README.md"));
        var command = ReadmeExample(readme).Replace("dotnet run ", $"dotnet run --no-build -c {Configuration} ", StringComparison.Ordinal);

        var (exit, stdout, stderr) = await BashAsync(command);

        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        var json = Assert.IsType<JsonObject>(JsonNode.Parse(Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))));
        Assert.All(json, property => Assert.Contains($"\"{property.Key}\"", readme, StringComparison.Ordinal));
        Assert.Equal("en", json["question_lang"]!.GetValue<string>());
    }

    /// <summary>The <c>echo … | dotnet run … ask --batch --json</c> lines of the README's command-line block.</summary>
    private static string ReadmeExample(string readme)
    {
        var lines = readme.Split('\n');
        var last = Array.FindIndex(lines, line => line.TrimEnd().EndsWith("-- ask --batch --json", StringComparison.Ordinal));
        Assert.True(last > 0 && lines[last - 1].TrimEnd().EndsWith('\\'), "the README has no echo … | dotnet run … ask --batch --json example");
        return lines[last - 1] + "\n" + lines[last];
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> BashAsync(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", command])
        {
            WorkingDirectory = RepoPaths.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
