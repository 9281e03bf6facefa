namespace BenefitsBot.Testing;

/// <summary>
/// Runs a tool without network where the machine allows it (a new network namespace through util-linux <c>unshare -n</c>,
/// which needs root, as in CI), so a passing test also shows the tool fetched nothing. Elsewhere the tool runs as it is.
/// </summary>
public static class OfflineTool
{
    private static readonly Lazy<bool> CanIsolate = new(() =>
    {
        try
        {
            return ToolProcess.RunAsync("unshare", ["-n", "true"], Path.GetTempPath()).GetAwaiter().GetResult().ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no unshare on this machine
        }
    });

    /// <summary>True when <see cref="RunAsync"/> cuts the tool off from the network.</summary>
    public static bool Isolates => CanIsolate.Value;

    public static Task<ToolProcess.Result> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null) =>
        CanIsolate.Value
            ? ToolProcess.RunAsync("unshare", ["-n", fileName, .. arguments], workingDirectory, environment)
            : ToolProcess.RunAsync(fileName, arguments, workingDirectory, environment);
}
