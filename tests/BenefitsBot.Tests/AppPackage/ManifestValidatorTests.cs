using BenefitsBot.AppPackage;
using BenefitsBot.Testing;

namespace BenefitsBot.Tests.AppPackage;

/// <summary>manifest/ checked by tests/oracles/validate-manifest.mjs (official Teams schemas, icon and localization checks).</summary>
public sealed class ManifestValidatorTests
{
    [Fact]
    public async Task Validate_ManifestWithPlaceholderValues_Passes()
    {
        var result = await Validate(Path.Combine(ManifestVariables.ManifestDirectory, "manifest.json"), ManifestVariables.All);

        Assert.True(result.ExitCode == 0, string.Join('\n', result.StdoutLines) + result.Stderr);
        Assert.Contains("\"manifestVersion\":\"1.19\"", string.Concat(result.StdoutLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ManifestWithoutPlaceholderValues_FailsNamingThem()
    {
        var result = await Validate(Path.Combine(ManifestVariables.ManifestDirectory, "manifest.json"), ManifestVariables.Without("BOT_ID"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BOT_ID", string.Concat(result.StdoutLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BrokenCopy_Fails()
    {
        using var copy = new TemporaryDirectory();
        copy.CopyFrom(ManifestVariables.ManifestDirectory);
        var manifest = copy.PathOf("manifest.json");
        var text = await File.ReadAllTextAsync(manifest);
        await File.WriteAllTextAsync(manifest, text.Replace("\"groupChat\"", "\"everywhere\"", StringComparison.Ordinal));
        File.Copy(copy.PathOf("color.png"), copy.PathOf("outline.png"), overwrite: true);
        File.Delete(copy.PathOf("zh-tw.json"));

        var result = await Validate(manifest, ManifestVariables.All);

        Assert.Equal(1, result.ExitCode);
        var output = string.Concat(result.StdoutLines);
        Assert.Contains("/bots/0/scopes/2 must be equal to one of the allowed values", output, StringComparison.Ordinal);
        Assert.Contains("outline.png is 192x192, must be 32x32", output, StringComparison.Ordinal);
        Assert.Contains("file not found: zh-tw.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ManifestInsideBuiltPackage_PassesWithoutVariables()
    {
        using var work = new TemporaryDirectory();
        var zip = await AppPackageBuilder.BuildAsync(ManifestVariables.ManifestDirectory, ManifestVariables.All, work.PathOf("app.zip"), CancellationToken.None);
        System.IO.Compression.ZipFile.ExtractToDirectory(zip, work.PathOf("unpacked"));

        var result = await Validate(work.PathOf("unpacked/manifest.json"), new Dictionary<string, string>());

        Assert.True(result.ExitCode == 0, string.Join('\n', result.StdoutLines) + result.Stderr);
    }

    private static Task<NodeOracle.Result> Validate(string manifestPath, IReadOnlyDictionary<string, string> environment) =>
        NodeOracle.RunAsync("validate-manifest.mjs", ["--json", manifestPath], environment: environment);
}
