namespace BenefitsBot.Tests.AppPackage;

/// <summary>Values for the manifest's placeholders, as a deployment would set them.</summary>
internal static class ManifestVariables
{
    public const string TeamsAppId = "3f2b8c1e-6d4a-4b7e-9c2d-1a5e8f0b7c64";

    public const string BotId = "8a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["TEAMS_APP_ID"] = TeamsAppId,
        ["BOT_ID"] = BotId,
        ["BOT_DOMAIN"] = "benefitsbot.contoso.example",
        ["DEVELOPER_NAME"] = "Contoso Partner IT",
    };

    public static string ManifestDirectory => Path.Combine(BenefitsBot.Testing.RepoPaths.RepoRoot, "manifest");

    public static Dictionary<string, string> With(string name, string value) =>
        new(All) { [name] = value };

    public static IReadOnlyDictionary<string, string> Without(string name) =>
        All.Where(p => p.Key != name).ToDictionary(p => p.Key, p => p.Value);
}
