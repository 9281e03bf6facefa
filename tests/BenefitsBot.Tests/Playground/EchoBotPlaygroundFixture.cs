using BenefitsBot.Testing.Playground;

namespace BenefitsBot.Tests.Playground;

/// <summary>The official-SDK echo bot (<c>tests/playground/echo-bot.mjs</c>) behind the Playground.</summary>
public sealed class EchoBotPlaygroundFixture : PlaygroundFixture
{
    protected override Task<ChildProcess> StartBotAsync(int port) => EchoBotProcess.StartAsync(port, TimeSpan.FromSeconds(20));
}
