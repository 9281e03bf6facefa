using System.Reflection;
using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Tests.Playground;

/// <summary>The compiled BenefitsBot (same build configuration as the tests) behind the Playground.</summary>
public sealed class BenefitsBotPlaygroundFixture : PlaygroundFixture
{
    protected override Task<ChildProcess> StartBotAsync(int port)
    {
        var configuration = typeof(BenefitsBotPlaygroundFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return BenefitsBotProcess.StartAsync(port, configuration, TimeSpan.FromSeconds(30));
    }
}
