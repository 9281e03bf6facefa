using System.Reflection;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>A bot the benchmark starts as a child process on a loopback port.</summary>
internal sealed record BotUnderTest(string Name, string Description, Func<int, ChildProcess> Start)
{
    /// <summary>The official Bot Framework SDK for JavaScript: <c>node tests/playground/echo-bot.mjs</c>.</summary>
    public static BotUnderTest Theirs { get; } = new("theirs", "botbuilder 4.23.3 echo bot (node)", EchoBotProcess.Start);

    /// <summary>The compiled BenefitsBot.dll of this build configuration, in Development (anonymous, embedded defaults).</summary>
    public static BotUnderTest Ours { get; } = new("ours", $"BenefitsBot.dll ({Configuration}, Development)", port => BenefitsBotProcess.Start(port, Configuration));

    private static string Configuration =>
        typeof(BotUnderTest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
}
