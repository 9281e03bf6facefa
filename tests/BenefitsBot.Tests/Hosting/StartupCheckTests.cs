using System.Reflection;
using BenefitsBot.Hosting;
using BenefitsBot.Testing.Playground;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace BenefitsBot.Tests.Hosting;

public sealed class StartupCheckTests
{
    private static string? Check(string environment, string? appId, string? password = null) => StartupCheck.FindProblem(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = appId, ["MicrosoftAppPassword"] = password }).Build(),
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
    [InlineData("Development", null, null)]
    [InlineData("Production", "8d5b2c1e-0f6a-4a7b-9c3d-2e1f0a9b8c7d", "from-user-secrets")]
    public void FindProblem_DevelopmentOrConfiguredAppId_LetsTheHostStart(string environment, string? appId, string? password) =>
        Assert.Null(Check(environment, appId, password));

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void FindProblem_AppIdWithoutPassword_SaysWhatIsMissing(string environment)
    {
        var problem = Check(environment, "8d5b2c1e-0f6a-4a7b-9c3d-2e1f0a9b8c7d");

        Assert.Equal("BenefitsBot will not start: MicrosoftAppPassword is required for MultiTenant in configuration.", problem);
    }

    [Fact]
    public async Task Start_AppIdWithoutPassword_ExitsWithTheMessageAndNoStackTrace()
    {
        await using var bot = BenefitsBotProcess.Start(LoopbackPort.Free(), BuildConfiguration, new Dictionary<string, string> { ["MicrosoftAppId"] = "8d5b2c1e-0f6a-4a7b-9c3d-2e1f0a9b8c7d" });

        Assert.True(await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)), bot.OutputTail());

        Assert.Equal(1, bot.ExitCode);
        Assert.Contains("MicrosoftAppPassword is required", bot.OutputTail(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.OutputTail(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData("yes")]
    public void FindProblem_SampleDirectoryOutsideDevelopment_Refused(string value)
    {
        var problem = StartupCheck.FindProblem(Configuration(("Graph:SampleDirectory", value)), new HostingEnvironment { EnvironmentName = Environments.Production });

        Assert.NotNull(problem);
        Assert.StartsWith("BenefitsBot will not start: Graph:SampleDirectory is on in the Production environment", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblem_SampleDirectoryOffOutsideDevelopment_OnlyTheUsualChecks() =>
        Assert.Null(StartupCheck.FindProblem(
            Configuration(("Graph:SampleDirectory", "false"), ("MicrosoftAppId", "8d5b2c1e-0f6a-4a7b-9c3d-2e1f0a9b8c7d"), ("MicrosoftAppPassword", "from-user-secrets")),
            new HostingEnvironment { EnvironmentName = Environments.Production }));

    [Fact]
    public void FindProblem_SampleDirectoryInDevelopment_LetsTheHostStart() =>
        Assert.Null(StartupCheck.FindProblem(Configuration(("Graph:SampleDirectory", "true")), new HostingEnvironment { EnvironmentName = Environments.Development }));

    [Fact]
    public async Task Start_ProductionWithSampleDirectory_ExitsWithOneLineAndNoStackTrace()
    {
        await using var bot = BenefitsBotProcess.Start(LoopbackPort.Free(), BuildConfiguration, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = Environments.Production,
            ["Graph__SampleDirectory"] = "true",
            ["MicrosoftAppId"] = "8d5b2c1e-0f6a-4a7b-9c3d-2e1f0a9b8c7d",
            ["MicrosoftAppPassword"] = "from-an-environment-variable",
        });

        Assert.True(await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)), bot.OutputTail());

        Assert.Equal(1, bot.ExitCode);
        var line = Assert.Single(bot.OutputTail().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("BenefitsBot will not start: Graph:SampleDirectory is on in the Production environment", line, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();

    private static string BuildConfiguration =>
        typeof(StartupCheckTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
