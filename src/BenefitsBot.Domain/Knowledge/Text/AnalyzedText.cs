namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>
/// Index terms of a text and the glossary concepts it mentions. <paramref name="Named"/>: per term, the concepts whose phrase
/// covers the word it came from (a word the glossary knows, such as "lättnader" for relief, is not an unknown word).
/// </summary>
internal sealed record AnalyzedText(IReadOnlyList<string> Terms, IReadOnlyList<Concept> Concepts, IReadOnlyDictionary<string, Concept[]>? Named = null)
{
    /// <summary>Terms plus one token per concept (concept tokens bridge synonyms and languages).</summary>
    public IEnumerable<string> AllTerms => Terms.Concat(Concepts.Select(concept => concept.Token));

    public IReadOnlyList<Concept> ConceptsNaming(string term) => Named is not null && Named.TryGetValue(term, out var concepts) ? concepts : [];
}
