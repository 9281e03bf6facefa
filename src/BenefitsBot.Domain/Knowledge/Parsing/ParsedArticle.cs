namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>One article file, parsed: its entries and the aligned sentence pairs it carries.</summary>
public sealed record ParsedArticle(
    string FilePath,
    FrontMatter FrontMatter,
    string Language,
    string Slug,
    IReadOnlyList<ParsedEntry> Entries,
    IReadOnlyList<AlignedSentence> Sentences);
