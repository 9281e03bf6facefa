using YamlDotNet.Serialization;

namespace BenefitsBot.Knowledge;

/// <summary>
/// Admin answers stored before their front matter was written as YAML have unquoted values (<c>title: Q: who pays?</c> is no
/// YAML). This writes such flat <c>key: value</c> lines again as YAML, so that those answers still load.
/// </summary>
internal static class LegacyFrontMatter
{
    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    /// <summary>The article with its front matter quoted as YAML, or the same text where it has no flat front matter.</summary>
    public static string Quote(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var closing = Array.IndexOf(lines, "---", 1);
        var fields = lines[1..Math.Max(closing, 1)];
        if (lines[0] != "---" || closing < 0 || fields.Any(line => !line.Contains(':', StringComparison.Ordinal) || char.IsWhiteSpace(line[0])))
        {
            return markdown;
        }

        var yaml = Yaml.Serialize(fields.GroupBy(Key).ToDictionary(group => group.Key, group => Value(group.Last())));
        return $"---\n{yaml}{string.Join('\n', lines[closing..])}";
    }

    private static string Key(string line) => line[..line.IndexOf(':', StringComparison.Ordinal)].Trim();

    private static string Value(string line) => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
}
