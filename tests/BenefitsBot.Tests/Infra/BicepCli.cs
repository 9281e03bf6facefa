using System.Reflection;
using BenefitsBot.Testing;

namespace BenefitsBot.Tests.Infra;

/// <summary>The Bicep CLI of the Azure.Bicep.CommandLine.linux-x64 package that the test project downloads (see its csproj), run offline.</summary>
internal static class BicepCli
{
    public static string InfraDirectory => Path.Combine(RepoPaths.RepoRoot, "infra");

    private static string Executable =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;

    public static Task<ToolProcess.Result> RunAsync(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null) =>
        File.Exists(Executable)
            ? OfflineTool.RunAsync(Executable, arguments, workingDirectory, environment)
            : throw new InvalidOperationException($"The Bicep CLI is missing at {Executable}: restore the test project (its PackageDownload brings it).");

    /// <summary>The diagnostics Bicep printed, one line each ("file(line,col) : Warning rule: message").</summary>
    public static IReadOnlyList<string> Diagnostics(ToolProcess.Result result) =>
        [.. $"{result.Stdout}\n{result.Stderr}".Split('\n').Where(line => line.Contains(" : Warning ", StringComparison.Ordinal)
            || line.Contains(" : Error ", StringComparison.Ordinal) || line.Contains(" : Info ", StringComparison.Ordinal))];
}
