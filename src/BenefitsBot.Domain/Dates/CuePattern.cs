using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// The phrases that hand a text to the model (<see cref="OfficialCues"/>): one alternation of the cue patterns, for their matches,
/// and each pattern alone, to see first whether any matches at all. Most questions hold no cue, and the patterns alone each find
/// their own literal starts fast, where the alternation tries every alternative at almost every position (about half the time).
/// </summary>
internal sealed class CuePattern(Regex alternation, IReadOnlyList<Regex> parts)
{
    /// <summary>The alternation's matches; none without testing it when no part matches (the alternation matches where a part does).</summary>
    public IEnumerable<Match> Matches(string text) =>
        parts.Any(part => part.IsMatch(text)) ? alternation.Matches(text) : [];
}
