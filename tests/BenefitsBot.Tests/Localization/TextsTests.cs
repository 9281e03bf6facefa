using System.Xml.Linq;
using BenefitsBot.Testing;

namespace BenefitsBot.Tests.Localization;

/// <summary>Every sentence the bot says exists in all four languages: a key missing in one would silently show English there.</summary>
public sealed class TextsTests
{
    public static TheoryData<string> Areas => [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.RepoRoot, "src", "BenefitsBot"), "*.resx", SearchOption.AllDirectories)
        .Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.', StringComparison.Ordinal) < 0)
        .Select(f => Path.GetRelativePath(RepoPaths.RepoRoot, f))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Areas))]
    public void Resx_EveryLanguage_HasExactlyTheNeutralKeys(string neutral)
    {
        var keys = Keys(Path.Combine(RepoPaths.RepoRoot, neutral));

        foreach (var culture in new[] { "sv", "nl", "zh-TW" })
        {
            var localized = Keys(Path.Combine(RepoPaths.RepoRoot, Path.ChangeExtension(neutral, culture + ".resx")));
            Assert.True(keys.SetEquals(localized), $"{culture} lacks [{string.Join(", ", keys.Except(localized))}], has extra [{string.Join(", ", localized.Except(keys))}]");
        }
    }

    private static HashSet<string> Keys(string path) =>
        [.. XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
}
