using BenefitsBot.Hosting;

namespace BenefitsBot.Tests.Hosting;

public sealed class LocalEnvironmentTests
{
    private static string? Unset(string name) => null;

    [Fact]
    public void WithDefault_NothingNamesAnEnvironment_AddsTheBuildsDefault() =>
        Assert.Equal(["--urls", "http://0.0.0.0:5000", "--environment=Development"], LocalEnvironment.WithDefault(["--urls", "http://0.0.0.0:5000"], "Development", Unset));

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("DOTNET_ENVIRONMENT")]
    public void WithDefault_EnvironmentVariableSet_ArgumentsUnchanged(string variable) =>
        Assert.Equal([], LocalEnvironment.WithDefault([], "Development", name => name == variable ? "Production" : null));

    [Theory]
    [InlineData("--environment=Staging")]
    [InlineData("--environment")]
    [InlineData("/Environment")]
    public void WithDefault_ArgumentNamesAnEnvironment_ArgumentsUnchanged(string argument) =>
        Assert.Equal([argument, "Staging"], LocalEnvironment.WithDefault([argument, "Staging"], "Development", Unset));

    [Fact]
    public void WithDefault_ReleaseBuild_ArgumentsUnchanged() =>
        Assert.Empty(LocalEnvironment.WithDefault([], null, Unset));
}
