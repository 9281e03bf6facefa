namespace BenefitsBot.Domain.Knowledge;

/// <summary>A new knowledge base, or the malformed files (with lines) that stopped it from being built.</summary>
public sealed record KnowledgeBaseLoadResult(KnowledgeBase? KnowledgeBase, IReadOnlyList<ArticleFormatException> Errors)
{
    public bool Succeeded => KnowledgeBase is not null;
}
