namespace BenefitsBot.Storage.Questions;

/// <summary>How many questions of one tenant had one outcome.</summary>
public sealed record QuestionTally(string TenantId, QuestionOutcomeKind Kind, int Count);
