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
        var kind = KindOf(answer);
        return new QuestionOutcome(tenantId, kind, kind == QuestionOutcomeKind.Answered ? answer.Entry?.Id : null, answer.QuestionLanguage, at);
    }

    /// <summary>How the answer dealt with the question (the report's and the metrics' outcome).</summary>
    public static QuestionOutcomeKind KindOf(BotAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Kind switch
        {
            BotAnswerKind.Faq => QuestionOutcomeKind.Answered,
            BotAnswerKind.Clarify => QuestionOutcomeKind.Clarify,
            BotAnswerKind.Rule => QuestionOutcomeKind.Rule,
            _ => QuestionOutcomeKind.None,
        };
    }
}
