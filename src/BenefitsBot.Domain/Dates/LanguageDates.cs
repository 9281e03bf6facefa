using System.Text.RegularExpressions;

namespace BenefitsBot.Domain.Dates;

/// <summary>
/// One language's date recognition: our patterns for everything, and where one of its <see cref="OfficialCues">cues</see> matches,
/// Microsoft.Recognizers.Text's mentions over the cue in place of ours (no cues: ours alone). The model reads a window around each
/// cue, not the whole message, so a long message costs it no more than a short one with the same cues.
/// </summary>
internal sealed class LanguageDates(
    Func<string, DateOnly, IReadOnlyList<DateMention>> ours,
    OfficialDateModel official,
    Regex? cues,
    Func<string, string>? fold = null)
{
    /// <summary>Characters of context the model sees on each side of a cue: more than the longest phrase it resolves around one.</summary>
    private const int Context = 80;

    /// <summary>A message with more cues than this is no date question; the cues after these are left to our patterns.</summary>
    private const int MaxWindows = 4;

    public IReadOnlyList<DateMention> Ours(string text, DateOnly reference) => ours(text, reference);

    public IReadOnlyList<DateMention> Official(string text, DateOnly reference) => official.Recognize(Fold(text), reference);

    public IReadOnlyList<DateMention> Combined(string text, DateOnly reference)
    {
        var mine = ours(text, reference);
        if (cues is null)
        {
            return mine;
        }

        try
        {
            return Prefer(OverCues(cues, Fold(text), reference), mine);
        }
        catch (RegexMatchTimeoutException)
        {
            // The model's or a cue's pattern ran out of time on this text: our mentions still stand.
            return mine;
        }
    }

    /// <summary>The model's mentions over the first <see cref="MaxWindows"/> cues, each read in a window of <see cref="Context"/> characters either side.</summary>
    private List<DateMention> OverCues(Regex cuePattern, string text, DateOnly reference)
    {
        var theirs = new List<DateMention>();
        foreach (var cue in cuePattern.Matches(text).Where(m => m.Length > 0).Take(MaxWindows))
        {
            var start = Math.Max(0, cue.Index - Context);
            var end = Math.Min(text.Length, cue.Index + cue.Length + Context);
            theirs.AddRange(official.Recognize(text[start..end], reference)
                .Select(m => m with { Start = m.Start + start })
                .Where(m => m.Start < cue.Index + cue.Length && cue.Index < m.Start + m.Length));
        }

        return Mentions.SelectLongest(theirs);
    }

    private string Fold(string text) => fold is null ? text : fold(text);

    /// <summary><paramref name="first"/>, and each of <paramref name="rest"/> that overlaps none of them, in text order.</summary>
    private static List<DateMention> Prefer(IReadOnlyList<DateMention> first, IReadOnlyList<DateMention> rest) =>
        [.. rest.Where(m => !first.Any(t => m.Start < t.Start + t.Length && t.Start < m.Start + m.Length)).Concat(first).OrderBy(m => m.Start)];
}
