using BenefitsBot.Domain.Knowledge.Parsing;

namespace BenefitsBot.Domain.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>Loads every <c>*.md</c> article in a folder; throws <see cref="ArticleFormatException"/> (file and line) for the first malformed one.</summary>
    public static KnowledgeBase Load(string folder)
    {
        var result = TryLoad(folder);
        return result.KnowledgeBase ?? throw result.Errors[0];
    }

    /// <summary>Loads every <c>*.md</c> article in a folder, collecting every malformed file instead of stopping at the first.</summary>
    public static KnowledgeBaseLoadResult TryLoad(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new KnowledgeBaseLoadResult(null, [new ArticleFormatException(folder, 0, "the folder does not exist")]);
        }

        var articles = new List<ParsedArticle>();
        var errors = new List<ArticleFormatException>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).Equals("NOTICE.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                articles.Add(ArticleParser.Parse(file, File.ReadAllText(file)));
            }
            catch (ArticleFormatException error)
            {
                errors.Add(error);
            }
        }

        if (errors.Count == 0 && articles.Count == 0)
        {
            errors.Add(new ArticleFormatException(folder, 0, "the folder has no .md articles"));
        }

        return errors.Count > 0 ? new KnowledgeBaseLoadResult(null, errors) : WithAlternatesFile(Build(articles), folder);
    }

    /// <summary>Adds the folder's optional <c>alternate-questions.tsv</c>; a bad line fails the load with its file and line.</summary>
    private static KnowledgeBaseLoadResult WithAlternatesFile(KnowledgeBase knowledgeBase, string folder)
    {
        var file = Path.Combine(folder, AlternateQuestions.FileName);
        if (!File.Exists(file))
        {
            return new KnowledgeBaseLoadResult(knowledgeBase, []);
        }

        try
        {
            return new KnowledgeBaseLoadResult(knowledgeBase.WithAlternates(file, File.ReadLines(file)), []);
        }
        catch (ArticleFormatException error)
        {
            return new KnowledgeBaseLoadResult(null, [error]);
        }
    }
}
