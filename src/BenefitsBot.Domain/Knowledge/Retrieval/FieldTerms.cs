namespace BenefitsBot.Domain.Knowledge.Retrieval;

/// <summary>
/// The terms of one field of one document, and a factor on the field's weight (lower for lexicon translations). A field made of
/// several separate phrasings (alternate questions) also keeps each phrasing's terms, so question coverage can match them one by one.
/// </summary>
internal sealed record FieldTerms(IReadOnlyList<string> Terms, double Factor = 1.0, IReadOnlyList<IReadOnlyList<string>>? Phrasings = null);
