using System.IO.Compression;
using BenefitsBot.AppPackage;
using BenefitsBot.Tests.Infra;

namespace BenefitsBot.Tests.AppPackage;

/// <summary>
/// The app package checked by the Agents Toolkit (`atk validate --manifest-file`: the Teams schema bundled with it and its
/// local rules), offline. `atk validate --package-file` cannot run offline: it sends the zip to the Teams Developer Portal's
/// validation service and first signs in to Microsoft 365 (teamsfx-core validateAppPackage), so the unpacked manifest is checked instead.
/// </summary>
public sealed class ToolkitValidationTests
{
    [Fact]
    public async Task Validate_ManifestOfBuiltPackage_Passes()
    {
        using var work = new TemporaryDirectory();
        var zip = await AppPackageBuilder.BuildAsync(ManifestVariables.ManifestDirectory, ManifestVariables.All, work.PathOf("app.zip"), CancellationToken.None);
        ZipFile.ExtractToDirectory(zip, work.PathOf("unpacked"));

        var result = await AgentsToolkit.RunAsync(["validate", "--manifest-file", work.PathOf("unpacked/manifest.json")], work.PathOf("."));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("All passed", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ShortNameOverThirtyCharacters_Fails()
    {
        using var work = new TemporaryDirectory();
        var zip = await AppPackageBuilder.BuildAsync(ManifestVariables.ManifestDirectory, ManifestVariables.All, work.PathOf("app.zip"), CancellationToken.None);
        ZipFile.ExtractToDirectory(zip, work.PathOf("unpacked"));
        var manifest = work.PathOf("unpacked/manifest.json");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace(
            "\"short\": \"BenefitsBot\"", "\"short\": \"BenefitsBot for Microsoft partner benefits\"", StringComparison.Ordinal));

        var result = await AgentsToolkit.RunAsync(["validate", "--manifest-file", manifest], work.PathOf("."));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/name/short", result.ToString(), StringComparison.Ordinal);
    }
}
