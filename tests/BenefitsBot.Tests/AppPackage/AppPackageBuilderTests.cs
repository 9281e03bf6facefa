using System.IO.Compression;
using System.Text.Json.Nodes;
using BenefitsBot.AppPackage;

namespace BenefitsBot.Tests.AppPackage;

public sealed class AppPackageBuilderTests
{
    [Fact]
    public async Task BuildAsync_AllVariables_ZipHasManifestIconsAndLocalizationsAtRoot()
    {
        using var work = new TemporaryDirectory();

        var zipPath = await AppPackageBuilder.BuildAsync(ManifestVariables.ManifestDirectory, ManifestVariables.All, work.PathOf("out/app.zip"), CancellationToken.None);

        Assert.Equal(work.PathOf("out/app.zip"), zipPath);
        using var zip = await ZipFile.OpenReadAsync(zipPath);
        Assert.Equal(
            ["color.png", "manifest.json", "nl-nl.json", "outline.png", "sv-se.json", "zh-tw.json"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ManifestVariables.ManifestDirectory, "color.png")), await ReadBytes(zip, "color.png"));
    }

    [Fact]
    public async Task BuildAsync_AllVariables_IdsSubstitutedAndJsonEscaped()
    {
        using var work = new TemporaryDirectory();
        var variables = ManifestVariables.With("DEVELOPER_NAME", "Contoso \"Partner\" IT");

        var zipPath = await AppPackageBuilder.BuildAsync(ManifestVariables.ManifestDirectory, variables, work.PathOf("app.zip"), CancellationToken.None);

        using var zip = await ZipFile.OpenReadAsync(zipPath);
        var manifest = JsonNode.Parse(await ReadBytes(zip, "manifest.json"))!;
        Assert.Equal(ManifestVariables.TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(ManifestVariables.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("Contoso \"Partner\" IT", (string?)manifest["developer"]!["name"]);
        Assert.Equal("benefitsbot.contoso.example", (string?)manifest["validDomains"]![0]);
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_SameInputs_ByteIdenticalPackages()
    {
        using var work = new TemporaryDirectory();

        var first = await AppPackageBuilder.BuildAsync(ManifestVariables.ManifestDirectory, ManifestVariables.All, work.PathOf("a.zip"), CancellationToken.None);
        var second = await AppPackageBuilder.BuildAsync(ManifestVariables.ManifestDirectory, ManifestVariables.All, work.PathOf("b.zip"), CancellationToken.None);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task BuildAsync_MissingVariables_RefusedNamingEachAndWritesNothing()
    {
        using var work = new TemporaryDirectory();
        var variables = ManifestVariables.All.Where(p => p.Key is not ("BOT_ID" or "BOT_DOMAIN")).ToDictionary(p => p.Key, p => p.Value);

        var error = await Assert.ThrowsAsync<UnresolvedPlaceholdersException>(
            () => AppPackageBuilder.BuildAsync(ManifestVariables.ManifestDirectory, variables, work.PathOf("app.zip"), CancellationToken.None));

        Assert.Equal(["BOT_DOMAIN", "BOT_ID"], error.Names);
        Assert.Contains("${{BOT_ID}}", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(work.PathOf("app.zip")));
    }

    [Fact]
    public async Task BuildAsync_PlaceholderInLocalizationFile_Refused()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(ManifestVariables.ManifestDirectory);
        var svPath = work.PathOf("sv-se.json");
        await File.WriteAllTextAsync(svPath, (await File.ReadAllTextAsync(svPath)).Replace("\"BenefitsBot\"", "\"${{ APP_NAME_SV }}\"", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<UnresolvedPlaceholdersException>(
            () => AppPackageBuilder.BuildAsync(work.PathOf("."), ManifestVariables.All, work.PathOf("app.zip"), CancellationToken.None));

        Assert.Equal(["APP_NAME_SV"], error.Names);
    }

    [Fact]
    public async Task BuildAsync_MissingIcon_ThrowsNamingTheFile()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(ManifestVariables.ManifestDirectory);
        File.Delete(work.PathOf("outline.png"));

        var error = await Assert.ThrowsAsync<FileNotFoundException>(
            () => AppPackageBuilder.BuildAsync(work.PathOf("."), ManifestVariables.All, work.PathOf("app.zip"), CancellationToken.None));

        Assert.Contains("outline.png", error.Message, StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadBytes(ZipArchive zip, string name)
    {
        await using var stream = await zip.GetEntry(name)!.OpenAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
