using System.Text.Json.Nodes;
using BenefitsBot.Testing;

namespace BenefitsBot.Tests.AppPackage;

/// <summary>What the schema validator does not check: every language has every string, and the icons come from the script.</summary>
public sealed class ManifestContentTests
{
    [Fact]
    public async Task Localizations_EveryLanguage_TranslatesEveryCommand()
    {
        var manifest = await ReadJson("manifest.json");
        var commandKeys = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany((list, i) => list!["commands"]!.AsArray().SelectMany((_, j) => new[]
            {
                $"bots[0].commandLists[{i}].commands[{j}].title",
                $"bots[0].commandLists[{i}].commands[{j}].description",
            }))
            .Concat(["name.short", "name.full", "description.short", "description.full"])
            .ToList();
        var files = manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Select(l => (string)l!["file"]!).ToList();

        Assert.Equal(["sv-se.json", "nl-nl.json", "zh-tw.json"], files);
        foreach (var file in files)
        {
            var localization = (await ReadJson(file)).AsObject();
            Assert.All(commandKeys, key => Assert.True(localization.ContainsKey(key), $"{file} lacks {key}"));
            Assert.Equal(commandKeys.Count + 1, localization.Count); // plus $schema: no stale keys
        }
    }

    [Fact]
    public async Task MakeIcons_Run_ReproducesCommittedIcons()
    {
        using var work = new TemporaryDirectory();

        var result = await NodeOracle.RunAsync(Path.Combine(ManifestVariables.ManifestDirectory, "make-icons.mjs"), [work.PathOf(".")]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ManifestVariables.ManifestDirectory, icon)), await File.ReadAllBytesAsync(work.PathOf(icon)));
        }
    }

    private static async Task<JsonNode> ReadJson(string file) =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestVariables.ManifestDirectory, file)))!;
}
