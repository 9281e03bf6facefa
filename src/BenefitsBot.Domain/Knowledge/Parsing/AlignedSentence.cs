namespace BenefitsBot.Domain.Knowledge.Parsing;

/// <summary>A translated sentence beside its English source, as the localized article pairs them.</summary>
public sealed record AlignedSentence(string Language, string Translated, string English);
