namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>Index terms of a text and the glossary concepts it mentions.</summary>
internal sealed record AnalyzedText(IReadOnlyList<string> Terms, IReadOnlyList<Concept> Concepts)
{
    /// <summary>Terms plus one token per concept (concept tokens bridge synonyms and languages).</summary>
    public IEnumerable<string> AllTerms => Terms.Concat(Concepts.Select(concept => concept.Token));
}
