using System.Globalization;
using System.Reflection;
using BenefitsBot.Testing;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>A bot the benchmark starts as a child process on a loopback port.</summary>
internal sealed record BotUnderTest(string Name, string Description, Func<int, ChildProcess> Start)
{
    /// <summary>The official Bot Framework SDK for JavaScript: <c>node tests/playground/echo-bot.mjs</c>.</summary>
    public static BotUnderTest Theirs { get; } = new("theirs", "botbuilder 4.23.3 echo bot (node)", EchoBotProcess.Start);

    /// <summary>The compiled BenefitsBot.dll of this build configuration, in Development (anonymous, embedded defaults).</summary>
    public static BotUnderTest Ours { get; } = new("ours", $"BenefitsBot.dll ({Configuration})", StartOurs);

    public static string OurDll => Path.Combine(RepoPaths.RepoRoot, "src", "BenefitsBot", "bin", Configuration, "net10.0", "BenefitsBot.dll");

    private static string Configuration =>
        typeof(BotUnderTest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static ChildProcess StartOurs(int port)
    {
        if (!File.Exists(OurDll))
        {
            throw new FileNotFoundException($"Build the bot first: {OurDll} is missing.");
        }

        var environment = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Development" };
        return ChildProcess.Start(
            "dotnet",
            [OurDll, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"],
            Path.GetDirectoryName(OurDll)!,
            environment);
    }
}
