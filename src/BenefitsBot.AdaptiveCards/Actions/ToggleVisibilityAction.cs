namespace BenefitsBot.AdaptiveCards.Actions;

/// <summary>Shows or hides the elements with the given ids.</summary>
public sealed class ToggleVisibilityAction : CardAction
{
    public List<string> TargetElements { get; init; } = [];
}
