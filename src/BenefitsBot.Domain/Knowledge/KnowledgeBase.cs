using BenefitsBot.Domain.Knowledge.Parsing;

namespace BenefitsBot.Domain.Knowledge;

/// <summary>The immutable set of FAQ entries built from a folder of articles, with the aligned sentences they carry.</summary>
public sealed partial class KnowledgeBase
{
    private readonly Dictionary<string, FaqEntry> byId;

    private readonly IReadOnlyList<ParsedArticle> articles;

    private KnowledgeBase(IReadOnlyList<ParsedArticle> articles, IReadOnlyList<FaqEntry> entries, IReadOnlyList<AlignedSentence> sentences, IReadOnlyList<string> sourceFiles, AlternateQuestions? alternates = null)
    {
        this.articles = articles;
        Entries = entries;
        Alternates = alternates ?? AlternateQuestions.None;
        Sentences = sentences;
        SourceFiles = sourceFiles;
        byId = entries.ToDictionary(entry => entry.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<FaqEntry> Entries { get; }

    /// <summary>Translated sentences beside their English source, from every localized article (the cross-lingual lexicon learns from them).</summary>
    public IReadOnlyList<AlignedSentence> Sentences { get; }

    public IReadOnlyList<string> SourceFiles { get; }

    /// <summary>Authored alternate phrasings of the entries' questions (indexed like the question in their language).</summary>
    public AlternateQuestions Alternates { get; }

    /// <summary>The same entries with alternate questions read from <paramref name="filePath"/>'s lines.</summary>
    public KnowledgeBase WithAlternates(string filePath, IEnumerable<string> lines) =>
        new(articles, Entries, Sentences, [.. SourceFiles, filePath], AlternateQuestions.Parse(filePath, lines, Entries));

    public FaqEntry? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Builds a knowledge base from already parsed articles (several files of one article line up by section and ordinal).</summary>
    public static KnowledgeBase Build(IEnumerable<ParsedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        var entries = list.GroupBy(article => article.Slug, StringComparer.Ordinal)
            .SelectMany(group => ArticleMerger.Merge(group.Key, [.. group]))
            .ToList();
        return new KnowledgeBase(list, entries, [.. list.SelectMany(article => article.Sentences)], [.. list.Select(article => article.FilePath)]);
    }
}
