namespace BenefitsBot.Testing;

/// <summary>
/// Runs a tool without network where the machine allows it (a new network namespace through util-linux <c>unshare -n</c>,
/// which needs root, as in CI), so a passing test also shows the tool fetched nothing. Elsewhere the tool runs as it is.
/// </summary>
public static class OfflineTool
{
    private static readonly Lazy<Task<bool>> CanIsolate = new(ProbeAsync);

    public static async Task<ToolProcess.Result> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null) =>
        await CanIsolate.Value.ConfigureAwait(false)
            ? await ToolProcess.RunAsync("unshare", ["-n", fileName, .. arguments], workingDirectory, environment).ConfigureAwait(false)
            : await ToolProcess.RunAsync(fileName, arguments, workingDirectory, environment).ConfigureAwait(false);

    private static async Task<bool> ProbeAsync()
    {
        try
        {
            return (await ToolProcess.RunAsync("unshare", ["-n", "true"], Path.GetTempPath()).ConfigureAwait(false)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no unshare on this machine
        }
    }
}
