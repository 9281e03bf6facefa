using BenefitsBot.Testing;

namespace BenefitsBot.Browser.Tests;

/// <summary>Screenshots kept as test output (not committed): <c>tests/BenefitsBot.Browser.Tests/TestResults/screenshots/&lt;name&gt;.png</c>.</summary>
public static class Screenshots
{
    public static string Directory { get; } = Path.Combine(RepoPaths.RepoRoot, "tests", "BenefitsBot.Browser.Tests", "TestResults", "screenshots");

    public static string PathOf(string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, name + ".png");
    }
}
