namespace BenefitsBot.Testing;

/// <summary>Where the repository, its npm oracles and the sibling <c>shared/</c> folder are, found from the test binary upwards.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    public static string OraclesDirectory => Path.Combine(RepoRoot, "tests", "oracles");

    /// <summary>The <c>shared/</c> folder beside the checkout (eval sets, seeds, specs).</summary>
    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BenefitsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"BenefitsBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
