using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>Reads the YAML front matter of a Docs article (any YAML: nested values are allowed, the four fields used are scalars).</summary>
internal static class FrontMatterReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>The front matter and the number of the first line after it.</summary>
    public static (FrontMatter FrontMatter, int BodyLine) Read(MarkdownDocument document, string content, string path)
    {
        if (content.Split('\n', 2)[0].TrimEnd() != "---")
        {
            throw new ArticleFormatException(path, 1, "the article does not start with a '---' front matter block");
        }

        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock block)
        {
            throw new ArticleFormatException(path, content.TrimEnd('\n', '\r').Split('\n').Length, "the front matter block is not closed with '---'");
        }

        var closingLine = block.Line + block.Lines.Count + 2;
        var fields = Fields(block, path);
        if (fields.GetValueOrDefault("title") is not { Length: > 0 } title)
        {
            throw new ArticleFormatException(path, closingLine, "the front matter has no title");
        }

        var locale = fields.GetValueOrDefault("ms.contentlocale") is { Length: > 0 } value ? value : "en-us";
        return (new FrontMatter(title, locale, fields.GetValueOrDefault("ms.date"), fields.GetValueOrDefault("ms.locfileid")), closingLine + 1);
    }

    /// <summary>The scalar fields by name, any case; of two that differ only in case, the later one counts.</summary>
    private static Dictionary<string, string> Fields(YamlFrontMatterBlock block, string path)
    {
        Dictionary<object, object?>? mapping;
        try
        {
            mapping = Yaml.Deserialize<Dictionary<object, object?>?>(block.Lines.ToString());
        }
        catch (YamlException error)
        {
            throw new ArticleFormatException(path, block.Line + 1 + (int)error.Start.Line, $"the front matter is not YAML: {error.Message}");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping ?? [])
        {
            if (value is string text)
            {
                fields[key.ToString() ?? ""] = text;
            }
        }

        return fields;
    }
}
