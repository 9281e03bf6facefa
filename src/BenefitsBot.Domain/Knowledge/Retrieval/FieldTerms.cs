namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>The terms of one field of one document, and a factor on the field's weight (lower for lexicon translations).</summary>
internal sealed record FieldTerms(IReadOnlyList<string> Terms, double Factor = 1.0);
