using System.Collections;
using BenefitsBot.AppPackage;

namespace BenefitsBot.Cli;

/// <summary><c>manifest pack</c>: the Teams app zip from <c>manifest/</c>, placeholders filled from environment variables.</summary>
internal static class ManifestCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["pack", .. var rest])
        {
            throw new CommandLineException("Usage: manifest pack [--manifest DIR] [--out FILE.zip]");
        }

        var options = CommandOptions.Parse(rest, "--manifest", "--out");
        var manifestDirectory = options.GetValueOrDefault("--manifest") ?? FindManifestDirectory();
        var outputPath = options.GetValueOrDefault("--out") ?? Path.Combine(Directory.GetCurrentDirectory(), "appPackage.zip");
        var variables = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
        try
        {
            var zip = await AppPackageBuilder.BuildAsync(manifestDirectory, variables, outputPath, CancellationToken.None);
            await output.WriteLineAsync(zip);
            return 0;
        }
        catch (UnresolvedPlaceholdersException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static string FindManifestDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "manifest", "manifest.json");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new CommandLineException("No manifest/manifest.json found here or above; pass --manifest DIR.");
    }
}
