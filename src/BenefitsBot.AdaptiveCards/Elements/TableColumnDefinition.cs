namespace BenefitsBot.AdaptiveCards.Elements;

/// <summary>A table column; <see cref="Width"/> is a relative weight.</summary>
public sealed record TableColumnDefinition(int Width);
