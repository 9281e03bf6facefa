using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Parsing;

namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>
/// Everything the article parser gives for the shipped articles, as indented JSON: per file the front matter, every entry's
/// anchors, line, questions and blocks in each language, and the aligned sentences; then the knowledge base's ids per entry.
/// </summary>
internal static class ArticleSnapshot
{
    public static string FilePath => Path.Combine(ShippedArticles.SourceFolder, "article-entries.snapshot.json");

    public static string Write()
    {
        var files = Directory.EnumerateFiles(ShippedArticles.Folder, "*.md").Order(StringComparer.Ordinal)
            .Select(file => ArticleParser.Parse(Path.GetFileName(file), File.ReadAllText(file)))
            .ToList();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                WriteFile(json, file);
            }

            json.WriteEndArray();
            json.WriteStartArray("entries");
            foreach (var entry in ShippedArticles.KnowledgeBase.Entries)
            {
                WriteEntry(json, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteFile(Utf8JsonWriter json, ParsedArticle file)
    {
        json.WriteStartObject();
        json.WriteString("file", file.FilePath);
        json.WriteString("slug", file.Slug);
        json.WriteString("language", file.Language);
        json.WriteString("title", file.FrontMatter.Title);
        json.WriteString("locale", file.FrontMatter.Locale);
        json.WriteString("date", file.FrontMatter.Date);
        json.WriteString("locfileid", file.FrontMatter.LocFileId);
        json.WriteStartArray("entries");
        foreach (var entry in file.Entries)
        {
            json.WriteStartObject();
            json.WriteString("section", entry.SectionAnchor);
            json.WriteString("anchor", entry.Anchor);
            json.WriteNumber("ordinal", entry.Ordinal);
            json.WriteNumber("line", entry.LineNumber);
            WriteText(json, "local", entry.Local);
            if (entry.English is not null)
            {
                WriteText(json, "english", entry.English);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in file.Sentences)
        {
            json.WriteStartArray();
            json.WriteStringValue(sentence.Language);
            json.WriteStringValue(sentence.Translated);
            json.WriteStringValue(sentence.English);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, EntryText text)
    {
        json.WriteStartObject(name);
        json.WriteString("language", text.Language);
        json.WriteString("question", text.Question);
        json.WriteStartArray("blocks");
        foreach (var block in text.Answer)
        {
            json.WriteStartObject();
            json.WriteString("kind", block.Kind.ToString());
            if (block.Note is { } note)
            {
                json.WriteString("note", note.ToString());
            }

            if (block.StepNumber is { } step)
            {
                json.WriteNumber("step", step);
            }

            json.WriteString("text", block.Text);
            json.WriteString("markdown", block.Markdown);
            json.WriteStartArray("links");
            foreach (var link in block.Links)
            {
                json.WriteStartArray();
                json.WriteStringValue(link.Text);
                json.WriteStringValue(link.Url.ToString());
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, FaqEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("article", entry.Article);
        json.WriteString("anchor", entry.Anchor);
        json.WriteString("question_en", entry.QuestionEn);
        json.WriteStartObject("questions");
        foreach (var language in entry.Languages.Order(StringComparer.Ordinal))
        {
            json.WriteString(language, entry.Text(language)!.Question);
        }

        json.WriteEndObject();
        json.WriteStartArray("related");
        foreach (var related in entry.Related)
        {
            json.WriteStringValue(related);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
