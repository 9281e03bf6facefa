namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>A detected language and its lead over the next candidate (0 means a tie).</summary>
public sealed record LanguageGuess(string Language, double Margin);
