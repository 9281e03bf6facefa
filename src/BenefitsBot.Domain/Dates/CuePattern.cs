using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// One pattern of a cue, and optionally where a match of it is no cue: <paramref name="NotAt"/> matches at the match's start
/// (anchored with \G). Kept apart so that <paramref name="Pattern"/> can run without backtracking (<see cref="OfficialCues"/>),
/// which allows no lookaround.
/// </summary>
internal sealed record CuePart(Regex Pattern, Regex? NotAt = null)
{
    /// <summary>The leftmost match at or after <paramref name="position"/> that <see cref="NotAt"/> does not refuse.</summary>
    public Match Match(string text, int position)
    {
        var match = Pattern.Match(text, position);
        while (match.Success && NotAt is not null && NotAt.IsMatch(text, match.Index))
        {
            match = match.Index < text.Length ? Pattern.Match(text, match.Index + 1) : System.Text.RegularExpressions.Match.Empty;
        }

        return match;
    }
}

/// <summary>
/// The phrases that hand a text to the model (<see cref="OfficialCues"/>), matched as the alternation of its patterns would match
/// them, but pattern by pattern: each finds its own literal starts fast, where the alternation tries every alternative at almost
/// every position (most of a cued question's cue time, and all of an uncued one's).
/// </summary>
internal sealed class CuePattern(IReadOnlyList<CuePart> parts)
{
    /// <summary>
    /// The alternation's matches, left to right: the leftmost match of any part, the earliest-listed part on a tie (as the
    /// alternation tries its alternatives in order), then on from where it ends (one further after an empty match).
    /// </summary>
    public IEnumerable<Match> Matches(string text)
    {
        // each part's leftmost match at or after the position, kept while it is still ahead of it
        var next = new Match?[parts.Count];
        for (var position = 0; position <= text.Length;)
        {
            Match? first = null;
            for (var i = 0; i < parts.Count; i++)
            {
                if (next[i] is not { } known || (known.Success && known.Index < position))
                {
                    next[i] = known = parts[i].Match(text, position);
                }

                if (known.Success && (first is null || known.Index < first.Index))
                {
                    first = known;
                }
            }

            if (first is null)
            {
                yield break;
            }

            yield return first;
            position = first.Index + Math.Max(first.Length, 1);
        }
    }
}
