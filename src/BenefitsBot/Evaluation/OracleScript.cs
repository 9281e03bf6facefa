namespace BenefitsBot.Evaluation;

/// <summary>Finds a vendored npm oracle script whose folder has its node_modules: in the shared folder, or in the checkout's tests/oracles.</summary>
internal static class OracleScript
{
    public static string? Find(string sharedDirectory, string name)
    {
        var candidates = new List<string> { Path.Combine(sharedDirectory, "oracles") };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BenefitsBot.sln")))
            {
                candidates.Insert(0, Path.Combine(dir.FullName, "tests", "oracles"));
                break;
            }
        }

        return candidates
            .Where(folder => File.Exists(Path.Combine(folder, name)) && Directory.Exists(Path.Combine(folder, "node_modules")))
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault();
    }
}
