using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;

namespace BenefitsBot.Escalation.Cards;

/// <summary>A one-sentence card, for confirmations that need no buttons.</summary>
public static class NoticeCard
{
    public static AdaptiveCard Create(string message, string language) => new()
    {
        Lang = language,
        FallbackText = message,
        Body = [new TextBlock(message) { Wrap = true }],
    };
}
