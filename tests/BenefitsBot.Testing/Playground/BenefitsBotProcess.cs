using System.Globalization;

namespace BenefitsBot.Testing.Playground;

/// <summary>Starts the compiled <c>src/BenefitsBot/bin/&lt;configuration&gt;/net10.0/BenefitsBot.dll</c> in Development (anonymous) on 127.0.0.1.</summary>
public static class BenefitsBotProcess
{
    public static string DllPath(string configuration) =>
        Path.Combine(RepoPaths.RepoRoot, "src", "BenefitsBot", "bin", configuration, "net10.0", "BenefitsBot.dll");

    /// <summary>Starts the bot without waiting for it (the benchmark times start → first reply itself).</summary>
    public static ChildProcess Start(int port, string configuration)
    {
        var dll = DllPath(configuration);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the bot first: {dll} is missing.", dll);
        }

        var environment = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Development" };
        return ChildProcess.Start(
            "dotnet",
            [dll, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"],
            Path.GetDirectoryName(dll)!,
            environment);
    }
}
