namespace BenefitsBot.AdaptiveCards.Actions;

/// <summary>Expands a nested card under the actions.</summary>
public sealed class ShowCardAction(AdaptiveCard card) : CardAction
{
    public AdaptiveCard Card { get; } = card;
}
