using System.Text.Json;
using BenefitsBot.Testing;

namespace BenefitsBot.Tests.Infra;

/// <summary>What infra/ deploys for each way of running the bot: identity, store, hardening, the settings the app reads.</summary>
public sealed class DeploymentSnapshotTests
{
    private const string BotAppId = "9d4b6a2e-3f1c-4e8b-a7d0-6c5e2b9f1a38";
    private const string BotAppPassword = "example-client-secret-value";

    private static readonly Dictionary<string, string> SingleTenant = new()
    {
        ["BENEFITSBOT_APP_TYPE"] = "SingleTenant",
        ["BENEFITSBOT_APP_ID"] = BotAppId,
        ["BENEFITSBOT_APP_PASSWORD"] = BotAppPassword,
    };

    private static readonly Dictionary<string, string> PostgresThreeInstances = new()
    {
        ["BENEFITSBOT_USE_POSTGRES"] = "true",
        ["BENEFITSBOT_POSTGRES_PASSWORD"] = "Example-Postgres-Password-1",
        ["BENEFITSBOT_INSTANCES"] = "3",
    };

    // Each snapshot takes seconds; the tests share them.
    private static readonly Lazy<Task<DeploymentSnapshot>> Defaults = new(() => DeploymentSnapshot.TakeAsync(new Dictionary<string, string>()));
    private static readonly Lazy<Task<DeploymentSnapshot>> SingleTenantSnapshot = new(() => DeploymentSnapshot.TakeAsync(SingleTenant));
    private static readonly Lazy<Task<DeploymentSnapshot>> PostgresSnapshot = new(() => DeploymentSnapshot.TakeAsync(PostgresThreeInstances));

    [Fact]
    public async Task Snapshot_Defaults_ManagedIdentityBotWithoutSecrets()
    {
        var snapshot = await Defaults.Value;

        var settings = snapshot.AppSettings;
        Assert.Equal("UserAssignedMsi", settings["MicrosoftAppType"]);
        Assert.Equal("true", settings["Graph__UseManagedIdentity"]);
        Assert.Equal(DeploymentSnapshot.TenantId, settings["MicrosoftAppTenantId"]);
        Assert.DoesNotContain("MicrosoftAppPassword", settings.Keys);
        Assert.Equal("Sqlite", settings["Storage__Provider"]);
        Assert.Equal("/home/data", settings["DataDirectory"]);
        var bot = snapshot.Single("Microsoft.BotService/botServices")["properties"]!;
        Assert.Equal("UserAssignedMSI", (string?)bot["msaAppType"]);
        Assert.EndsWith("/userAssignedIdentities/bbtest-id", (string?)bot["msaAppMSIResourceId"], StringComparison.Ordinal);
        Assert.Equal(DeploymentSnapshot.TenantId, (string?)bot["msaAppTenantId"]);
        Assert.False(snapshot.Has("Microsoft.DBforPostgreSQL/flexibleServers"));
    }

    [Fact]
    public async Task Snapshot_Defaults_HardenedLinuxDotnet10AppWithTeamsChannelAndTelemetry()
    {
        var snapshot = await Defaults.Value;

        var site = snapshot.Site["properties"]!;
        Assert.True((bool)site["httpsOnly"]!);
        var config = site["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.EndsWith("/userAssignedIdentities/bbtest-id", (string?)site["keyVaultReferenceIdentity"], StringComparison.Ordinal);
        Assert.All(
            snapshot.Resources.Where(r => (string?)r["type"] == "Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            policy => Assert.False((bool)policy["properties"]!["allow"]!));
        Assert.Equal(2, snapshot.Resources.Count(r => (string?)r["type"] == "Microsoft.Web/sites/basicPublishingCredentialsPolicies"));
        Assert.Equal("MsTeamsChannel", (string?)snapshot.Single("Microsoft.BotService/botServices/channels")["properties"]!["channelName"]);
        Assert.Contains("Microsoft.Insights/components", snapshot.AppSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
        Assert.Equal("benefitsbot", snapshot.AppSettings["OTEL_SERVICE_NAME"]);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", snapshot.Single("Microsoft.Insights/components")["properties"]!["WorkspaceResourceId"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshot_SingleTenant_PasswordOnlyAsKeyVaultReference()
    {
        var snapshot = await SingleTenantSnapshot.Value;

        var settings = snapshot.AppSettings;
        Assert.Equal("SingleTenant", settings["MicrosoftAppType"]);
        Assert.Equal(BotAppId, settings["MicrosoftAppId"]);
        AssertKeyVaultReference(settings["MicrosoftAppPassword"], "bot-app-password");
        Assert.DoesNotContain("Graph__UseManagedIdentity", settings.Keys);
        Assert.DoesNotContain(BotAppPassword, snapshot.Site.ToJsonString(), StringComparison.Ordinal);
        var bot = snapshot.Single("Microsoft.BotService/botServices")["properties"]!;
        Assert.Equal("SingleTenant", (string?)bot["msaAppType"]);
        Assert.Equal(BotAppId, (string?)bot["msaAppId"]);
    }

    [Fact]
    public async Task Snapshot_Postgres_SeveralInstancesWithConnectionStringInKeyVault()
    {
        var snapshot = await PostgresSnapshot.Value;

        Assert.True(snapshot.Has("Microsoft.DBforPostgreSQL/flexibleServers"));
        Assert.Equal("Postgres", snapshot.AppSettings["Storage__Provider"]);
        AssertKeyVaultReference(snapshot.AppSettings["Storage__Postgres__ConnectionString"], "postgres-connection-string");
        Assert.Equal(3, (int)snapshot.Single("Microsoft.Web/serverfarms")["sku"]!["capacity"]!);
    }

    [Fact]
    public async Task Snapshot_SqliteWithThreeInstancesAsked_KeepsOneInstance()
    {
        var snapshot = await DeploymentSnapshot.TakeAsync(new Dictionary<string, string> { ["BENEFITSBOT_INSTANCES"] = "3" });

        Assert.Equal(1, (int)snapshot.Single("Microsoft.Web/serverfarms")["sku"]!["capacity"]!);
    }

    [Fact]
    public async Task Snapshot_EveryAppSetting_IsAKeyTheSampleSettingsDocument()
    {
        var sample = await File.ReadAllTextAsync(Path.Combine(RepoPaths.RepoRoot, "appsettings.sample.json"));
        using var document = JsonDocument.Parse(sample, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // Read by the OpenTelemetry / Azure Monitor libraries under these standard names, not from the app's own sections.
        string[] standardNames = ["APPLICATIONINSIGHTS_CONNECTION_STRING", "OTEL_SERVICE_NAME"];

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var snapshot in new[] { Defaults, SingleTenantSnapshot, PostgresSnapshot })
        {
            names.UnionWith((await snapshot.Value).AppSettings.Keys);
        }

        var undocumented = names.Except(standardNames).Where(name => !Documents(document.RootElement, sample, name.Split("__")));
        Assert.Empty(undocumented);
    }

    /// <summary>
    /// A Key Vault reference to the secret in the deployment's vault. The vault URI is known only once the vault exists, so the
    /// snapshot keeps the value as the expression that makes it: format('@Microsoft.KeyVault(SecretUri={0})', vault URI + secret).
    /// </summary>
    private static void AssertKeyVaultReference(string value, string secretName)
    {
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", value, StringComparison.Ordinal);
        Assert.Contains("vaults/bbtest-kv", value, StringComparison.Ordinal);
        Assert.Contains($"secrets/{{1}}', reference(", value, StringComparison.Ordinal);
        Assert.EndsWith($"vaultUri, '{secretName}'))]", value, StringComparison.Ordinal);
    }

    /// <summary>The sample has the key's path, or (a secret kept out of files) names a top-level key in its comments.</summary>
    private static bool Documents(JsonElement root, string sampleText, string[] path)
    {
        var element = root;
        foreach (var segment in path)
        {
            if (!element.TryGetProperty(segment, out element))
            {
                return path.Length == 1 && sampleText.Contains($"// {path[0]}:", StringComparison.Ordinal);
            }
        }

        return true;
    }
}
