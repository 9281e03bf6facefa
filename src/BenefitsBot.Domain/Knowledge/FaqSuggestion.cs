namespace BenefitsBot.Domain.Knowledge;

/// <summary>A candidate entry and its calibrated score (0..1).</summary>
public sealed record FaqSuggestion(FaqEntry Entry, double Score);
