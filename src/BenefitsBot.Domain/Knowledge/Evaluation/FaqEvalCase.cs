namespace BenefitsBot.Domain.Knowledge.Evaluation;

/// <summary>One eval question: its language, text, and the accepted entry ids of our knowledge base (empty: the right reply is "not covered").</summary>
public sealed record FaqEvalCase(string Language, string Text, string ExpectedEvalId, IReadOnlySet<string> AcceptedEntryIds)
{
    public bool ExpectsNone => AcceptedEntryIds.Count == 0;
}
