using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Localization;

namespace BenefitsBot.Escalation.Cards;

/// <summary>The 1:1 message to the asker: their question and the admin's answer, in the question's language.</summary>
public static class AdminAnswerCard
{
    public static AdaptiveCard Create(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var language = ticket.Language;
        return new AdaptiveCard
        {
            Lang = language,
            FallbackText = ticket.Answer,
            Body =
            [
                new TextBlock(EscalationTexts.Get("AdminAnswerTitle", language)) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(EscalationTexts.Format("AdminAnswerYouAsked", language, ticket.ShortId)) { IsSubtle = true, Wrap = true },
                new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock(ticket.Question) { Wrap = true }] },
                new TextBlock(ticket.Answer ?? string.Empty) { Wrap = true },
                new TextBlock(EscalationTexts.Format("AdminAnswerBy", language, ticket.AnsweredByName ?? "?")) { IsSubtle = true, Size = TextSize.Small, Wrap = true },
            ],
        };
    }
}
