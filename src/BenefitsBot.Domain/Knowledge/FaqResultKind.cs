namespace BenefitsBot.Domain.Knowledge;

/// <summary>What the answerer decided: answer one entry, ask which of a few was meant, or say the articles do not cover it.</summary>
public enum FaqResultKind
{
    Answer,
    Clarify,
    None,
}
