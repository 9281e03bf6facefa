using System.Text.Json.Nodes;
using BenefitsBot.Tests.AppPackage;

namespace BenefitsBot.Tests.Infra;

/// <summary>
/// What infra/main.bicepparam would deploy with some environment variables, as <c>bicep snapshot</c> predicts it offline:
/// every resource with the values known before deployment (references to deployed resources stay expressions).
/// </summary>
internal sealed class DeploymentSnapshot
{
    public const string TenantId = "3c1e7b52-9f0d-4e6a-8b21-5d4f0a9c7e13";

    private DeploymentSnapshot(IReadOnlyList<JsonNode> resources) => Resources = resources;

    public IReadOnlyList<JsonNode> Resources { get; }

    public JsonNode Site => Single("Microsoft.Web/sites");

    /// <summary>The web app's settings, name to value.</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        Site["properties"]!["siteConfig"]!["appSettings"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!, StringComparer.Ordinal);

    public static async Task<DeploymentSnapshot> TakeAsync(IReadOnlyDictionary<string, string> environment)
    {
        using var work = new TemporaryDirectory();
        work.CopyTreeFrom(BicepCli.InfraDirectory);
        var result = await BicepCli.RunAsync(
            ["snapshot", "main.bicepparam", "--mode", "overwrite", "--tenant-id", TenantId, "--subscription-id", "6a0f2d84-1b7e-4c39-a5e2-90d3f8b1c6a7",
             "--resource-group", "rg-benefitsbot", "--location", "swedencentral"],
            work.PathOf("."),
            new Dictionary<string, string>(environment) { ["BENEFITSBOT_NAME"] = "bbtest" });
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BicepCli.Diagnostics(result));
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(work.PathOf("main.snapshot.json")))!;
        return new DeploymentSnapshot([.. snapshot["predictedResources"]!.AsArray().Select(r => r!)]);
    }

    public JsonNode Single(string type) => Resources.Single(r => (string?)r["type"] == type);

    public bool Has(string type) => Resources.Any(r => (string?)r["type"] == type);
}
