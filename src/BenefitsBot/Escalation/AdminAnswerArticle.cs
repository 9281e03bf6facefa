using System.Globalization;
using System.Text;
using BenefitsBot.Domain.Knowledge;
using YamlDotNet.Serialization;

namespace BenefitsBot.Escalation;

/// <summary>
/// An admin's answer written as a one-question Docs-style article in the question's language, so it is parsed like any other
/// article; it is stored in the tenant's own knowledge (<see cref="KnowledgeContribution"/>), not with the shared articles.
/// </summary>
public static class AdminAnswerArticle
{
    /// <summary>Article slugs (and so entry ids) of admin answers start with this.</summary>
    public const string SlugPrefix = "admin-answer-";

    private const string EntryAnchor = "answer";

    /// <summary>Quotes what YAML must have quoted: a question or a name may hold ": ", "#" or start with any character.</summary>
    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    public static string Slug(Ticket ticket) => SlugPrefix + (ticket ?? throw new ArgumentNullException(nameof(ticket))).Id;

    /// <summary>The entry id the knowledge base gives the article's one question.</summary>
    public static string EntryId(Ticket ticket) => Slug(ticket) + "/" + EntryAnchor;

    public static string FileName(Ticket ticket) => $"{Slug(ticket)}.{FaqLanguages.PublishedLocale(ticket.Language)}.md";

    public static string Render(Ticket ticket, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var title = OneLine(ticket.Question);
        var frontMatter = new Dictionary<string, string>
        {
            ["title"] = title,
            ["ms.date"] = date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
            ["ms.contentlocale"] = FaqLanguages.PublishedLocale(ticket.Language),
            ["author"] = OneLine(ticket.AnsweredByName ?? "admin"),
        };
        var text = new StringBuilder()
            .AppendLine("---")
            .Append(Yaml.Serialize(frontMatter))
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"# <a name=\"{Slug(ticket)}\"></a>{title}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"## <a name=\"{EntryAnchor}\"></a>Answer")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"**Q: {title}**")
            .AppendLine();
        foreach (var line in (ticket.Answer ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            text.AppendLine(BodyLine(line));
        }

        return text.ToString();
    }

    /// <summary>One line, without markup that would end the entry or break the parser (headings, question markers, localization spans).</summary>
    private static string OneLine(string text) => BodyLine(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Replace("**", string.Empty, StringComparison.Ordinal);

    private static string BodyLine(string line)
    {
        var safe = line.TrimStart().TrimStart('#').TrimStart().Replace("<", "&lt;", StringComparison.Ordinal);
        return safe.StartsWith("**", StringComparison.Ordinal) ? safe.TrimStart('*') : safe;
    }
}
