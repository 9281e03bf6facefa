using BenefitsBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace BenefitsBot.Tests.Hosting;

public sealed class StartupCheckTests
{
    private static string? Check(string environment, string? appId) => StartupCheck.FindProblem(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = appId }).Build(),
        new HostingEnvironment { EnvironmentName = environment });

    [Fact]
    public void FindProblem_ProductionWithoutAppId_ExplainsWhatToSet()
    {
        var problem = Check(Environments.Production, null);

        Assert.NotNull(problem);
        Assert.Contains("MicrosoftAppId", problem, StringComparison.Ordinal);
        Assert.Contains("Production", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null)]
    [InlineData("Production", "8d5b2c1e-0f6a-4a7b-9c3d-2e1f0a9b8c7d")]
    public void FindProblem_DevelopmentOrConfiguredAppId_LetsTheHostStart(string environment, string? appId) =>
        Assert.Null(Check(environment, appId));
}
