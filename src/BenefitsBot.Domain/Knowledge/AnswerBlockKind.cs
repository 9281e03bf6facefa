namespace BenefitsBot.Domain.Knowledge;

/// <summary>How a block of an answer is laid out.</summary>
public enum AnswerBlockKind
{
    Paragraph,
    Step,
    Bullet,
    Note,
}
