using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Knowledge;

/// <summary>
/// The articles the knowledge base is built from: the built-in ones shipped with the bot, plus those an admin imported
/// (<c>kb import</c>) into the data folder, which win over a built-in file of the same name. A new deploy's built-in
/// articles therefore take effect while imports survive it. An import is kept only if everything together loads.
/// </summary>
public sealed class ArticleLibrary(string builtInFolder, string importedFolder)
{
    public string ImportedFolder => importedFolder;

    /// <summary>The knowledge base of built-in plus imported articles; throws <see cref="ArticleFormatException"/> naming a bad file.</summary>
    public KnowledgeBase Load()
    {
        var result = TryLoad();
        return result.KnowledgeBase ?? throw result.Errors[0];
    }

    public KnowledgeBaseLoadResult TryLoad() => WithStaged([], staging => KnowledgeBase.TryLoad(staging));

    /// <summary>Swaps <paramref name="store"/> to the current articles; a failed load leaves the knowledge base in use.</summary>
    public KnowledgeBaseLoadResult ReloadInto(KnowledgeBaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return WithStaged([], store.Import);
    }

    /// <summary>Checks <paramref name="importFolder"/>'s articles together with the library; copies them in only when all load.</summary>
    public KnowledgeBaseLoadResult Import(string importFolder)
    {
        var incoming = Directory.Exists(importFolder) ? KnowledgeFiles(importFolder).ToArray() : [];
        if (incoming.Length == 0)
        {
            return new KnowledgeBaseLoadResult(null, [new ArticleFormatException(importFolder, 0, $"no .md articles or {AlternateQuestions.FileName} to import")]);
        }

        var result = WithStaged(incoming, KnowledgeBase.TryLoad);
        if (result.Succeeded)
        {
            Directory.CreateDirectory(importedFolder);
            foreach (var file in incoming)
            {
                File.Copy(file, Path.Combine(importedFolder, Path.GetFileName(file)), overwrite: true);
            }
        }

        return result;
    }

    /// <summary>Runs <paramref name="load"/> on a temp folder holding built-in, imported and <paramref name="extra"/> articles (later ones win), reporting errors against the original files.</summary>
    private KnowledgeBaseLoadResult WithStaged(IReadOnlyList<string> extra, Func<string, KnowledgeBaseLoadResult> load)
    {
        var staging = Directory.CreateTempSubdirectory("benefitsbot-articles-");
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var imported = Directory.Exists(importedFolder) ? KnowledgeFiles(importedFolder) : [];
            foreach (var file in KnowledgeFiles(builtInFolder).Concat(imported).Concat(extra))
            {
                var name = Path.GetFileName(file);
                File.Copy(file, Path.Combine(staging.FullName, name), overwrite: true);
                origin[name] = file;
            }

            var result = load(staging.FullName);
            return result with { Errors = [.. result.Errors.Select(e => Relocate(e, origin))] };
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    /// <summary>A folder's articles and its alternate questions file (an imported one replaces the built-in one: same name).</summary>
    private static IEnumerable<string> KnowledgeFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.md").Concat(Directory.EnumerateFiles(folder, AlternateQuestions.FileName));

    private static ArticleFormatException Relocate(ArticleFormatException error, Dictionary<string, string> origin) =>
        origin.TryGetValue(Path.GetFileName(error.FilePath), out var original) ? new ArticleFormatException(original, error.LineNumber, error.Reason) : error;
}
