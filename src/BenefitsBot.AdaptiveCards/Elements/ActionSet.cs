namespace BenefitsBot.AdaptiveCards.Elements;

/// <summary>Buttons inside the body, e.g. related questions under an answer.</summary>
public sealed class ActionSet : CardElement
{
    public List<CardAction> Actions { get; init; } = [];
}
