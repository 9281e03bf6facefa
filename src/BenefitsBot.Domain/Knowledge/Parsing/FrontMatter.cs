namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>The Docs front matter fields the knowledge base uses.</summary>
public sealed record FrontMatter(string Title, string Locale, string? Date, string? LocFileId);
