using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BenefitsBot.Testing;
using BenefitsBot.Tests.AppPackage;

namespace BenefitsBot.Tests.Infra;

/// <summary>m365agents.yml loads in the Agents Toolkit as `atk provision/deploy/publish` load it, and env/.env.dev names every value it uses.</summary>
public sealed partial class ToolkitProjectTests
{
    private static string ProjectFile => Path.Combine(RepoPaths.RepoRoot, "m365agents.yml");

    [Fact]
    public async Task CheckProject_RepositoryProjectFile_EveryActionKnown()
    {
        var result = await AgentsToolkit.CheckProjectAsync(ProjectFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lifecycles = JsonNode.Parse(result.StdoutLines[^1])!["lifecycles"]!;
        Assert.Contains("arm/deploy", Actions(lifecycles, "provision"));
        Assert.Contains("teamsApp/zipAppPackage", Actions(lifecycles, "provision"));
        Assert.Equal(["cli/runDotnetCommand", "azureAppService/zipDeploy"], Actions(lifecycles, "deploy"));
        Assert.Contains("teamsApp/publishAppPackage", Actions(lifecycles, "publish"));
    }

    [Fact]
    public async Task CheckProject_MisspelledAction_FailsNamingTheStep()
    {
        using var work = new TemporaryDirectory();
        var text = await File.ReadAllTextAsync(ProjectFile);
        await File.WriteAllTextAsync(work.PathOf("m365agents.yml"), text.Replace("azureAppService/zipDeploy", "azureAppService/zipDeploi", StringComparison.Ordinal));

        var result = await AgentsToolkit.CheckProjectAsync(work.PathOf("m365agents.yml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/deploy/1", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectFiles_EveryPlaceholderAndTemplateOutput_NamedInDevEnvironment()
    {
        var declared = (await File.ReadAllLinesAsync(Path.Combine(RepoPaths.RepoRoot, "env", ".env.dev")))
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);
        string[] files = ["m365agents.yml", "infra/main.parameters.json", "manifest/manifest.json"];
        var placeholders = new List<string>();
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.RepoRoot, file));
            placeholders.AddRange(Placeholder().Matches(text).Select(m => m.Groups["name"].Value));
        }

        var outputs = OutputName().Matches(await File.ReadAllTextAsync(Path.Combine(BicepCli.InfraDirectory, "main.bicep"))).Select(m => m.Groups["name"].Value);

        Assert.NotEmpty(placeholders);
        var missing = placeholders.Concat(outputs).Distinct().Where(name => !declared.Contains(name)).ToList();
        Assert.True(missing.Count == 0, $"not in env/.env.dev: {string.Join(", ", missing)}");
    }

    private static string[] Actions(JsonNode lifecycles, string name) => [.. lifecycles[name]!.AsArray().Select(a => (string)a!)];

    [GeneratedRegex(@"\$\{\{\s*(?<name>[A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^output (?<name>\w+) ", RegexOptions.Multiline)]
    private static partial Regex OutputName();
}
