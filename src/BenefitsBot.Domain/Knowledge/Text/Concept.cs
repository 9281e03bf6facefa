namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>A thing people name in many ways and languages (MAP, Action Pack, 行動套件); <see cref="OutOfScope"/> marks topics the articles never answer.</summary>
internal sealed record Concept(string Id, IReadOnlyList<string> Phrases, bool OutOfScope = false)
{
    public string Token => "~" + Id;
}
