namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>Reads the YAML-ish <c>---</c> block at the top of a Docs article (flat <c>key: value</c> lines only).</summary>
internal static class FrontMatterReader
{
    /// <summary>Returns the front matter and the index of the first body line.</summary>
    public static (FrontMatter FrontMatter, int BodyStart) Read(IReadOnlyList<string> lines, string path)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            throw new ArticleFormatException(path, 1, "the article does not start with a '---' front matter block");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim() == "---")
            {
                return (Build(fields, path, i + 1), i + 1);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 && !string.IsNullOrWhiteSpace(line) && !char.IsWhiteSpace(line[0]))
            {
                throw new ArticleFormatException(path, i + 1, $"front matter line is not 'key: value': {line.Trim()}");
            }

            if (colon > 0)
            {
                fields[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
            }
        }

        throw new ArticleFormatException(path, lines.Count, "the front matter block is not closed with '---'");
    }

    private static FrontMatter Build(Dictionary<string, string> fields, string path, int closingLine)
    {
        if (!fields.TryGetValue("title", out var title) || title.Length == 0)
        {
            throw new ArticleFormatException(path, closingLine, "the front matter has no title");
        }

        var locale = fields.TryGetValue("ms.contentlocale", out var value) && value.Length > 0 ? value : "en-us";
        return new FrontMatter(title, locale, fields.GetValueOrDefault("ms.date"), fields.GetValueOrDefault("ms.locfileid"));
    }
}
