namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>
/// The parser's output for every shipped article against the committed snapshot, written by the line-based parser before
/// Markdig replaced it. Set BENEFITSBOT_WRITE_ARTICLE_SNAPSHOT=1 to rewrite it, only for a change of entries meant as such.
/// </summary>
public sealed class ArticleSnapshotTests
{
    [Fact]
    public void Parse_ShippedArticles_GiveTheSnapshotEntries()
    {
        var actual = ArticleSnapshot.Write();
        if (Environment.GetEnvironmentVariable("BENEFITSBOT_WRITE_ARTICLE_SNAPSHOT") == "1")
        {
            File.WriteAllText(ArticleSnapshot.FilePath, actual);
        }

        var expected = File.ReadAllText(ArticleSnapshot.FilePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], -1);
        Assert.True(
            first < 0 && expectedLines.Length == actualLines.Length,
            first < 0 ? $"line count {actualLines.Length}, snapshot {expectedLines.Length}" : $"line {first + 1}:\n  snapshot: {expectedLines[first]}\n  parsed:   {actualLines[first]}");
    }
}
