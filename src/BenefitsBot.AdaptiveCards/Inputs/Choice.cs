namespace BenefitsBot.AdaptiveCards.Inputs;

public sealed record Choice(string Title, string Value);
