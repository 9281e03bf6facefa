using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    private readonly record struct Anchor(DateOnly Date, DateRole Role);

    private readonly record struct Candidate(DateOnly Date, int Start, int End);

    /// <summary>
    /// Picks the mentioned date the rule counts from: single days only (a one-day range counts as a day; longer ranges and durations
    /// are not a usable date). "Today"/"now" is dropped when another date exists ("we bought it on May 5, can we still cancel today?").
    /// With several dates, the one nearest a phrase of a role the rule accepts wins; its role is the nearest role phrase's if accepted.
    /// </summary>
    private static Anchor? ChooseAnchor(string text, RuleKind kind, IReadOnlyList<DateMention> dates, RuleVocabulary[] vocabularies)
    {
        var candidates = dates.Select(ToCandidate).OfType<Candidate>().ToList();
        var notToday = candidates.Where(c => !IsTodayWord(text, c, vocabularies)).ToList();
        if (notToday.Count > 0)
        {
            candidates = notToday;
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var roleSpans = vocabularies
            .SelectMany(v => v.RoleCues)
            .SelectMany(cue => cue.Pattern.Matches(text).Select(m => (cue.Role, Start: m.Index, End: m.Index + m.Length)))
            .ToList();
        var accepted = roleSpans.Where(r => KindRoles.Accepts(kind, r.Role)).ToList();
        var chosen = accepted.Count == 0
            ? candidates[0]
            : candidates.MinBy(c => accepted.Min(r => Gap(c.Start, c.End, r.Start, r.End)));
        var nearest = roleSpans.Count == 0
            ? (DateRole?)null
            : roleSpans.MinBy(r => Gap(chosen.Start, chosen.End, r.Start, r.End)).Role;
        var role = nearest is { } n && KindRoles.Accepts(kind, n) ? n : KindRoles.DefaultRole(kind);
        return new Anchor(chosen.Date, role);
    }

    private static Candidate? ToCandidate(DateMention mention) => mention switch
    {
        { Kind: DateMentionKind.Date, Date: { } d } => new Candidate(d, mention.Start, mention.Start + mention.Length),
        { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } when e.DayNumber - s.DayNumber == 1 =>
            new Candidate(s, mention.Start, mention.Start + mention.Length),
        _ => null,
    };

    private static bool IsTodayWord(string text, Candidate candidate, RuleVocabulary[] vocabularies)
    {
        if (candidate.Start < 0 || candidate.End > text.Length || candidate.End <= candidate.Start)
        {
            return false;
        }

        var surface = text[candidate.Start..candidate.End];
        return vocabularies.Any(v => v.TodayWords.IsMatch(surface));
    }

    /// <summary>Characters between two spans (0 when they touch or overlap).</summary>
    private static int Gap(int aStart, int aEnd, int bStart, int bEnd) => Math.Max(0, Math.Max(aStart, bStart) - Math.Min(aEnd, bEnd));
}
