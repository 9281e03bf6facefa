namespace BenefitsBot.AdaptiveCards.Elements;

public sealed record Fact(string Title, string Value);
