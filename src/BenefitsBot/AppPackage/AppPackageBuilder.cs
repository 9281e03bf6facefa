using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BenefitsBot.AppPackage;

/// <summary>Builds the Teams app package: manifest.json, its icons and localization files at the root of a zip.</summary>
public static class AppPackageBuilder
{
    public const string ManifestFileName = "manifest.json";

    // a fixed entry time keeps the package byte-identical for the same inputs
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the package to <paramref name="outputZipPath"/> and returns its full path.</summary>
    /// <exception cref="UnresolvedPlaceholdersException">A <c>${{NAME}}</c> has no value in <paramref name="variables"/>.</exception>
    public static async Task<string> BuildAsync(
        string manifestDirectory,
        IReadOnlyDictionary<string, string> variables,
        string outputZipPath,
        CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputZipPath);
        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        var manifestText = ManifestPlaceholders.Substitute(
            await ReadAsync(manifestDirectory, ManifestFileName, ct), variables, unresolved);
        var manifest = ParseJson(manifestText, ManifestFileName);

        var textEntries = new List<(string Name, string Text)> { (ManifestFileName, manifestText) };
        foreach (var file in ManifestFiles.Localizations(manifest))
        {
            var text = ManifestPlaceholders.Substitute(await ReadAsync(manifestDirectory, file, ct), variables, unresolved);
            ParseJson(text, file);
            textEntries.Add((ManifestFiles.EntryName(file), text));
        }

        if (unresolved.Count > 0)
        {
            throw new UnresolvedPlaceholdersException([.. unresolved]);
        }

        var iconEntries = new List<(string Name, byte[] Bytes)>();
        foreach (var icon in ManifestFiles.Icons(manifest))
        {
            iconEntries.Add((ManifestFiles.EntryName(icon), await File.ReadAllBytesAsync(PathIn(manifestDirectory, icon), ct)));
        }

        var output = Path.GetFullPath(outputZipPath);
        await WriteZipAsync(output, textEntries, iconEntries, ct);
        return output;
    }

    private static async Task WriteZipAsync(
        string output,
        IEnumerable<(string Name, string Text)> textEntries,
        IEnumerable<(string Name, byte[] Bytes)> binaryEntries,
        CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var entries = textEntries.Select(e => (e.Name, Bytes: Encoding.UTF8.GetBytes(e.Text))).Concat(binaryEntries);
        // written beside the target and moved, so a failed build never leaves half a package
        var temporary = output + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                await using var entryStream = await entry.OpenAsync(ct);
                await entryStream.WriteAsync(bytes, ct);
            }
        }

        File.Move(temporary, output, overwrite: true);
    }

    private static Task<string> ReadAsync(string directory, string relativePath, CancellationToken ct) =>
        File.ReadAllTextAsync(PathIn(directory, relativePath), ct);

    private static string PathIn(string directory, string relativePath)
    {
        var path = Path.Combine(directory, ManifestFiles.EntryName(relativePath));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The manifest refers to {relativePath}, which is not in {directory}.", path);
    }

    private static JsonNode ParseJson(string text, string file)
    {
        try
        {
            return JsonNode.Parse(text) ?? throw new InvalidDataException($"{file} is empty JSON (null).");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file} is not valid JSON after substitution: {e.Message}", e);
        }
    }
}
