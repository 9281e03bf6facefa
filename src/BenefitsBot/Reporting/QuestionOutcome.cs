using BenefitsBot.Answering;

namespace BenefitsBot.Reporting;

/// <summary>
/// One question's outcome for the admin report. Privacy: no question text and no user id, only what the report counts
/// (tenant, outcome, the entry answered, the language and the time); a question the admins must read is kept in its ticket.
/// </summary>
public sealed record QuestionOutcome(string TenantId, QuestionOutcomeKind Kind, string? EntryId, string Language, DateTimeOffset At)
{
    public static QuestionOutcome Of(string tenantId, BotAnswer answer, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var kind = answer.Kind switch
        {
            BotAnswerKind.Faq => QuestionOutcomeKind.Answered,
            BotAnswerKind.Clarify => QuestionOutcomeKind.Clarify,
            BotAnswerKind.Rule => QuestionOutcomeKind.Rule,
            _ => QuestionOutcomeKind.None,
        };
        return new QuestionOutcome(tenantId, kind, kind == QuestionOutcomeKind.Answered ? answer.Entry?.Id : null, answer.QuestionLanguage, at);
    }
}
