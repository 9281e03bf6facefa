using System.Text.Json.Nodes;

namespace BenefitsBot.AppPackage;

/// <summary>The files a manifest refers to and that therefore go into the app package.</summary>
internal static class ManifestFiles
{
    public static IReadOnlyList<string> Icons(JsonNode manifest) =>
        [.. new[] { (string?)manifest["icons"]?["color"], (string?)manifest["icons"]?["outline"] }.OfType<string>()];

    public static IReadOnlyList<string> Localizations(JsonNode manifest) =>
        [.. (manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
            .Select(language => (string?)language?["file"])
            .OfType<string>()];

    /// <summary>The zip entry name of a manifest-relative path; paths leaving the folder are refused.</summary>
    public static string EntryName(string relativePath)
    {
        var name = relativePath.Replace('\\', '/').TrimStart('/');
        if (name.Length == 0 || name.Split('/').Any(part => part is ".." or "."))
        {
            throw new InvalidDataException($"The manifest refers to \"{relativePath}\", which is not a file inside the manifest folder.");
        }

        return name;
    }
}
