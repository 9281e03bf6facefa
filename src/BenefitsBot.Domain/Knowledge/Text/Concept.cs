namespace BenefitsBot.Domain.Knowledge.Text;

/// <summary>A thing people name in many ways and languages (MAP, Action Pack, 行動套件); <see cref="OutOfScope"/> marks topics the articles never answer.</summary>
/// <remarks><see cref="Weight"/> is lower for question-intent cues (when, how many) than for topics.</remarks>
internal sealed record Concept(string Id, IReadOnlyList<string> Phrases, bool OutOfScope = false, double Weight = 1.0)
{
    public string Token => "~" + Id;
}
