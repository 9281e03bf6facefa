using BenefitsBot.AdaptiveCards;

namespace BenefitsBot.Bot.Actions;

/// <summary>What a card action or command produced: a card to show, or a refusal message for the user.</summary>
public sealed record CardActionResult(AdaptiveCard? Card, string? RefusalMessage)
{
    public static CardActionResult Show(AdaptiveCard card) => new(card ?? throw new ArgumentNullException(nameof(card)), null);

    public static CardActionResult Refuse(string message) => new(null, message);
}
