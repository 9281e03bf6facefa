using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Knowledge;

/// <summary>
/// The articles the knowledge base is built from: a data folder seeded from the built-in articles on first run,
/// where <c>kb import</c> adds articles. A folder is imported only if the whole result loads, so a bad file changes nothing.
/// </summary>
public sealed class ArticleLibrary(string builtInFolder, string dataFolder)
{
    public string DataFolder => dataFolder;

    /// <summary>Copies the built-in articles into the data folder the first time (the notice stays with them).</summary>
    public void EnsureSeeded()
    {
        if (Directory.Exists(dataFolder) && Directory.EnumerateFiles(dataFolder, "*.md").Any())
        {
            return;
        }

        Directory.CreateDirectory(dataFolder);
        foreach (var file in Directory.EnumerateFiles(builtInFolder))
        {
            File.Copy(file, Path.Combine(dataFolder, Path.GetFileName(file)), overwrite: false);
        }
    }

    public KnowledgeBase Load()
    {
        EnsureSeeded();
        return KnowledgeBase.Load(dataFolder);
    }

    /// <summary>Checks the library plus <paramref name="importFolder"/>'s articles together; copies them in only when all load.</summary>
    public KnowledgeBaseLoadResult Import(string importFolder)
    {
        EnsureSeeded();
        var incoming = Directory.Exists(importFolder) ? Directory.GetFiles(importFolder, "*.md", SearchOption.TopDirectoryOnly) : [];
        if (incoming.Length == 0)
        {
            return new KnowledgeBaseLoadResult(null, [new ArticleFormatException(importFolder, 0, "no .md articles to import")]);
        }

        var staging = Directory.CreateTempSubdirectory("benefitsbot-import-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(dataFolder, "*.md"))
            {
                File.Copy(file, Path.Combine(staging.FullName, Path.GetFileName(file)));
            }

            foreach (var file in incoming)
            {
                File.Copy(file, Path.Combine(staging.FullName, Path.GetFileName(file)), overwrite: true);
            }

            var result = KnowledgeBase.TryLoad(staging.FullName);
            if (result.Succeeded)
            {
                foreach (var file in incoming)
                {
                    File.Copy(file, Path.Combine(dataFolder, Path.GetFileName(file)), overwrite: true);
                }
            }

            return result with { Errors = [.. result.Errors.Select(e => Relocate(e, staging.FullName, importFolder))] };
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    /// <summary>Reports an error against the file the admin gave, not the staging copy.</summary>
    private ArticleFormatException Relocate(ArticleFormatException error, string staging, string importFolder)
    {
        var name = Path.GetFileName(error.FilePath);
        var original = File.Exists(Path.Combine(importFolder, name)) ? Path.Combine(importFolder, name) : Path.Combine(dataFolder, name);
        return error.FilePath.StartsWith(staging, StringComparison.Ordinal) ? new ArticleFormatException(original, error.LineNumber, error.Reason) : error;
    }
}
