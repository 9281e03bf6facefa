using System.Reflection;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Benchmarks.Messages;

/// <summary>A bot the benchmark starts as a child process on a loopback port.</summary>
internal sealed record BotUnderTest(string Name, string Description, Func<int, ChildProcess> Start)
{
    /// <summary>The official Bot Framework SDK for JavaScript: <c>node tests/playground/echo-bot.mjs</c>.</summary>
    public static BotUnderTest Theirs { get; } = new("theirs", "botbuilder 4.23.3 echo bot (node)", EchoBotProcess.Start);

    /// <summary>The compiled BenefitsBot.dll of this build configuration, in Development (anonymous, embedded defaults).</summary>
    /// <param name="teamsRateLimits">
    /// Keep the connector's Teams send limits (2 turns/s per conversation sustained, 30/s per tenant). Off by default: the
    /// baseline has no limiter, so with them on the figures would measure the limits, not the bot.
    /// </param>
    public static BotUnderTest Ours(bool teamsRateLimits) => teamsRateLimits
        ? new("ours", $"BenefitsBot.dll ({Configuration}, Development, Teams send limits on)", port => BenefitsBotProcess.Start(port, Configuration))
        : new("ours", $"BenefitsBot.dll ({Configuration}, Development, send limits lifted to 1M/s)", port => BenefitsBotProcess.Start(port, Configuration, LiftedLimits));

    private static Dictionary<string, string> LiftedLimits { get; } = new()
    {
        ["Connector__ConversationRateLimits__0__PermitLimit"] = "1000000",
        ["Connector__ConversationRateLimits__0__Window"] = "00:00:01",
        ["Connector__TenantRateLimits__0__PermitLimit"] = "1000000",
        ["Connector__TenantRateLimits__0__Window"] = "00:00:01",
    };

    private static string Configuration =>
        typeof(BotUnderTest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
}
