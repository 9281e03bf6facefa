namespace BenefitsBot.Storage.Questions;

/// <summary>
/// One question's outcome for the admin report. Privacy: no question text and no user id, only what the report counts
/// (tenant, outcome, the entry answered, the language and the time); a question the admins must read is kept in its ticket.
/// </summary>
public sealed record QuestionOutcome(string TenantId, QuestionOutcomeKind Kind, string? EntryId, string Language, DateTimeOffset At);
