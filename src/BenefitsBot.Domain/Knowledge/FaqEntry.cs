namespace BenefitsBot.Domain.Knowledge;

/// <summary>One question (or how-to section) of an article, lined up across the languages the article exists in.</summary>
public sealed class FaqEntry
{
    public FaqEntry(string id, string article, string anchor, string questionEn, IReadOnlyDictionary<string, EntryText> texts, IReadOnlyList<string> related)
    {
        Id = id;
        Article = article;
        Anchor = anchor;
        QuestionEn = questionEn;
        Texts = texts;
        Related = related;
    }

    /// <summary>Stable id: article slug plus the question's anchor (or slug of its English question).</summary>
    public string Id { get; }

    /// <summary>The article slug (the anchor of its title).</summary>
    public string Article { get; }

    /// <summary>The anchor in the published article that leads to this entry (its own heading or its section).</summary>
    public string Anchor { get; }

    /// <summary>The English question or section heading exactly as written in the article.</summary>
    public string QuestionEn { get; }

    /// <summary>Texts by answer language (see <see cref="FaqLanguages"/>).</summary>
    public IReadOnlyDictionary<string, EntryText> Texts { get; }

    /// <summary>Ids of entries in the same article section, nearest first.</summary>
    public IReadOnlyList<string> Related { get; }

    public IEnumerable<string> Languages => Texts.Keys;

    public EntryText? Text(string language) => Texts.TryGetValue(language, out var text) ? text : null;

    /// <summary>The published article in the given language's locale, pointing at this entry's anchor.</summary>
    public string ArticleUrl(string language) =>
        $"https://learn.microsoft.com/{FaqLanguages.PublishedLocale(language)}/partner-center/{Article}#{Anchor}";
}
