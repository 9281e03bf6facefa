using BenefitsBot.Storage.Questions;

namespace BenefitsBot.Answering;

/// <summary>What the admin report keeps of an answer (<see cref="QuestionOutcome"/>): its kind, the entry and the language only.</summary>
public static class QuestionOutcomes
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
