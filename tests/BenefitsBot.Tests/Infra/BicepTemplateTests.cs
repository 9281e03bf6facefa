using System.Text.Json.Nodes;
using BenefitsBot.Testing;
using BenefitsBot.Tests.AppPackage;

namespace BenefitsBot.Tests.Infra;

/// <summary>infra/ builds and lints with the Bicep CLI's default rules and no diagnostic at all; the parameter files fit the template.</summary>
public sealed class BicepTemplateTests
{
    private static readonly Dictionary<string, string> Name = new() { ["BENEFITSBOT_NAME"] = "bbtest" };

    // `bicep build --stdout`: the ARM template on stdout, diagnostics on stderr; two tests read it.
    private static readonly Lazy<Task<ToolProcess.Result>> Build = new(() => BicepCli.RunAsync(["build", "main.bicep", "--stdout"], BicepCli.InfraDirectory));

    [Fact]
    public async Task Build_MainTemplate_CompilesWithoutDiagnostics()
    {
        var result = await Build.Value;

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BicepCli.Diagnostics(result));
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", (string?)JsonNode.Parse(result.Stdout)!["$schema"]);
    }

    [Fact]
    public async Task Lint_MainTemplateAndModules_NoWarnings()
    {
        var result = await BicepCli.RunAsync(["lint", "main.bicep"], BicepCli.InfraDirectory);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BicepCli.Diagnostics(result));
    }

    [Fact]
    public async Task Lint_ParametersFileWithName_NoWarnings()
    {
        var result = await BicepCli.RunAsync(["lint", "main.bicepparam"], BicepCli.InfraDirectory, Name);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BicepCli.Diagnostics(result));
    }

    [Fact]
    public async Task Lint_SecureParameterInAnOutput_Warns()
    {
        using var work = new TemporaryDirectory();
        work.CopyTreeFrom(BicepCli.InfraDirectory);
        await File.AppendAllTextAsync(work.PathOf("main.bicep"), "\noutput leakedPassword string = postgresAdminPassword\n");

        var result = await BicepCli.RunAsync(["lint", "main.bicep"], work.PathOf("."));

        Assert.Contains(BicepCli.Diagnostics(result), line => line.Contains("Warning outputs-should-not-contain-secrets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildParams_WithoutName_FailsNamingTheVariable()
    {
        using var work = new TemporaryDirectory();

        var result = await BicepCli.RunAsync(["build-params", "main.bicepparam", "--outfile", work.PathOf("main.parameters.json")], BicepCli.InfraDirectory);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("BENEFITSBOT_NAME", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolkitParametersFile_NamesOnlyTemplateParameters()
    {
        var build = await Build.Value;
        Assert.True(build.ExitCode == 0, build.ToString());
        var template = JsonNode.Parse(build.Stdout)!;

        var toolkitParameters = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BicepCli.InfraDirectory, "main.parameters.json")))!["parameters"]!.AsObject();

        var declared = template["parameters"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(toolkitParameters, p => Assert.Contains(p.Key, declared));
        var required = template["parameters"]!.AsObject().Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key);
        Assert.All(required, name => Assert.True(toolkitParameters.ContainsKey(name), $"main.parameters.json lacks the required parameter {name}"));
    }
}
