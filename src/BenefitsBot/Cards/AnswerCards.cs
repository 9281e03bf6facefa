using BenefitsBot.AdaptiveCards;
using BenefitsBot.Answering;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>Picks the card for an answer; the user's language is the question's.</summary>
public static class AnswerCards
{
    /// <summary>The card to send, or null when the answer is a plain sentence (<see cref="AnswerText.Of"/>).</summary>
    /// <param name="question">The user's words, offered for a ticket to the admins when the articles fall short.</param>
    public static AdaptiveCard? Create(BotAnswer answer, KnowledgeBase knowledge, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var user = answer.QuestionLanguage;
        return answer.Kind switch
        {
            BotAnswerKind.Faq => FaqAnswerCard.Create(answer.Entry!, answer.AnswerLanguage, user, knowledge, offerDateRule: answer.RuleQuestion is not null, question: question),
            BotAnswerKind.Clarify => ClarifyCard.Create(answer.Faq!.Suggestions, user, question),
            BotAnswerKind.None => NoAnswerCard.Create(user, question),
            BotAnswerKind.Rule when answer.AlternativeVerdict is { } alternative => RuleCard.Choice(answer.Verdict!, alternative, user),
            BotAnswerKind.Rule => RuleCard.Create(answer.Verdict!, user),
            _ => null,
        };
    }
}
