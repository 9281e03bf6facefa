using System.Globalization;

namespace BenefitsBot.Testing.Playground;

/// <summary>Starts the compiled <c>src/BenefitsBot/bin/&lt;configuration&gt;/net10.0/BenefitsBot.dll</c> in Development (anonymous) on 127.0.0.1.</summary>
public static class BenefitsBotProcess
{
    public static string DllPath(string configuration) =>
        Path.Combine(RepoPaths.RepoRoot, "src", "BenefitsBot", "bin", configuration, "net10.0", "BenefitsBot.dll");

    /// <summary>Starts the bot without waiting for it (the benchmark times start → first reply itself).</summary>
    public static ChildProcess Start(int port, string configuration, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = DllPath(configuration);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the bot first: {dll} is missing.", dll);
        }

        // Its own SQLite file per process (left in the temp folder), so tests and benchmarks never share the developer's App_Data.
        var database = Path.Combine(Directory.CreateTempSubdirectory("benefitsbot-process-").FullName, "benefitsbot.db");
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__Sqlite__ConnectionString"] = $"Data Source={database}",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        return ChildProcess.Start(
            "dotnet",
            [dll, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"],
            Path.GetDirectoryName(dll)!,
            variables);
    }

    /// <summary>Starts the bot and returns once <c>GET /healthz</c> answers 200.</summary>
    /// <param name="environment">Extra settings as environment variables (e.g. <c>Nudges__TickInterval</c>).</param>
    public static async Task<ChildProcess> StartAsync(int port, string configuration, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var bot = Start(port, configuration, environment);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/healthz");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (System.Diagnostics.Stopwatch.GetElapsedTime(started) < timeout && !bot.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(health);
                if (response.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        var output = bot.OutputTail();
        await bot.DisposeAsync();
        throw new TimeoutException($"BenefitsBot did not answer /healthz on {port} within {timeout}:\n{output}");
    }
}
