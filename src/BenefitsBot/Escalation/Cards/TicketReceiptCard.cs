using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;

namespace BenefitsBot.Escalation.Cards;

/// <summary>What the asker sees in place of the "Ask your admins" card: what happened to the question, and the question itself.</summary>
public static class TicketReceiptCard
{
    public static AdaptiveCard Create(Ticket ticket, string message)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new AdaptiveCard
        {
            Lang = ticket.Language,
            FallbackText = message,
            Body =
            [
                new TextBlock(message) { Wrap = true },
                new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock(ticket.Question) { Wrap = true, IsSubtle = true }] },
            ],
        };
    }
}
