using System.Globalization;
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
    CuePattern? cues,
    Func<string, string>? fold = null,
    Func<string, IReadOnlyList<DateMention>, IReadOnlyList<DateMention>>? edges = null)
{
    /// <summary>
    /// Characters of context the model sees on each side of a cue: more than the longest phrase it resolves around one ("between
    /// 2007 and the end of 2008" reaches 21 before its cue, "at the end of the week after next" more than 15 after it). The model's
    /// time grows with its text; 30 (and 25) give the same mentions as 40 and 80 on every spec, dev, eval and probe text, 20 does not.
    /// </summary>
    private const int Context = 30;

    /// <summary>A message with more cues than this is no date question; the cues after these are left to our patterns.</summary>
    private const int MaxWindows = 4;

    public IReadOnlyList<DateMention> Ours(string text, DateOnly reference) => ours(text, reference);

    public IReadOnlyList<DateMention> Official(string text, DateOnly reference) => official.Recognize(Fold(text), reference);

    /// <summary>Whether one of the cues matches, so that <see cref="Combined"/> runs the model.</summary>
    public bool IsCued(string text) => cues is not null && cues.Matches(Fold(text)).Any(m => m.Length > 0);

    public IReadOnlyList<DateMention> Combined(string text, DateOnly reference)
    {
        var mine = ours(text, reference);
        if (cues is null)
        {
            return mine;
        }

        // The model's or a cue's pattern out of time twice on this text: our mentions still stand.
        return PatternTimeouts.RetryOnce(() => WithEdges(text, Prefer(OverCues(cues, Fold(text), reference), mine)), () => mine);
    }

    /// <summary>The model's periods take our edges too: "the final day of Q2 2021" is a day.</summary>
    private IReadOnlyList<DateMention> WithEdges(string text, List<DateMention> combined) =>
        edges is null || combined.Count == 0 ? combined : edges(text, combined);

    /// <summary>
    /// The model's mentions over the first <see cref="MaxWindows"/> cues, each read in a window of <see cref="Context"/> characters
    /// either side; overlapping windows are read as one, so a question with two cues costs the model one pass, not two.
    /// </summary>
    private List<DateMention> OverCues(CuePattern cuePattern, string text, DateOnly reference)
    {
        var theirs = new List<DateMention>();
        var found = cuePattern.Matches(text).Where(m => m.Length > 0).Take(MaxWindows).ToList();
        for (var first = 0; first < found.Count;)
        {
            var (start, end) = Window(text, found[first]);
            var next = first + 1;
            for (; next < found.Count && Window(text, found[next]) is var (nextStart, nextEnd) && nextStart <= end; next++)
            {
                end = Math.Max(end, nextEnd);
            }

            var group = found.GetRange(first, next - first);
            bool OverCue(int at, int length) => group.Exists(cue => at < cue.Index + cue.Length && cue.Index < at + length);
            theirs.AddRange(official.Recognize(text[start..end], reference, (at, length) => OverCue(start + at, length))
                .Select(m => m with { Start = m.Start + start })
                .Where(m => OverCue(m.Start, m.Length)));
            first = next;
        }

        return Mentions.SelectLongest(theirs);
    }

    /// <summary>
    /// <see cref="Context"/> characters either side of the cue, without a cut word at either end and without leading white space
    /// (the model reads a window that starts with a space one character early).
    /// </summary>
    private static (int Start, int End) Window(string text, Match cue)
    {
        var start = Math.Max(0, cue.Index - Context);
        while (start < cue.Index && ((start > 0 && InWord(text[start - 1])) || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        var cueEnd = cue.Index + cue.Length;
        var end = Math.Min(text.Length, cueEnd + Context);
        while (end > cueEnd && end < text.Length && InWord(text[end]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Part of a word written between spaces; a Chinese character (OtherLetter) is a word of its own, so the window may end beside it.</summary>
    private static bool InWord(char c) => char.IsLetterOrDigit(c) && char.GetUnicodeCategory(c) != UnicodeCategory.OtherLetter;

    private string Fold(string text) => fold is null ? text : fold(text);

    /// <summary><paramref name="first"/>, and each of <paramref name="rest"/> that overlaps none of them, in text order.</summary>
    private static List<DateMention> Prefer(IReadOnlyList<DateMention> first, IReadOnlyList<DateMention> rest) =>
        [.. rest.Where(m => !first.Any(t => m.Start < t.Start + t.Length && t.Start < m.Start + m.Length)).Concat(first).OrderBy(m => m.Start)];
}
