using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Rules;

public sealed partial class RuleQuestionInterpreter
{
    private readonly record struct Anchor(DateOnly Date, DateRole Role);

    private readonly record struct Candidate(DateOnly Date, int Start, int End);

    /// <summary>
    /// Picks the mentioned date the rule counts from: single days only (a one-day range counts as a day; longer ranges and durations
    /// are not a usable date). "Today"/"now" is dropped when another date exists ("we bought it on May 5, can we still cancel today?").
    /// Each date takes the role of the nearest role phrase before it in its clause, else the nearest after it ("op 3 maart gekocht",
    /// "5月6日買了"); the first date whose role the rule accepts wins, else the first date, with the rule's default role.
    /// </summary>
    private static Anchor? ChooseAnchor(TextView view, RuleKind kind, IReadOnlyList<DateMention> dates, RuleVocabulary[] vocabularies)
    {
        var candidates = dates.Select(ToCandidate).OfType<Candidate>().ToList();
        var notToday = candidates.Where(c => !IsTodayWord(view, c, vocabularies)).ToList();
        if (notToday.Count > 0)
        {
            candidates = notToday;
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var roleSpans = vocabularies
            .SelectMany(v => v.RoleCues.Select(cue => (cue, Text: view.For(v))))
            .SelectMany(x => x.cue.Pattern.Matches(x.Text).Select(m => new RoleSpan(x.cue.Role, m.Index, m.Index + m.Length)))
            .ToList();
        var clauses = ClauseSpans(view.Text);
        var withRoles = candidates.Select(c => (Candidate: c, Role: RoleOf(c, roleSpans, clauses))).ToList();
        var chosen = withRoles.FirstOrDefault(c => c.Role is { } r && KindRoles.Accepts(kind, r));
        if (chosen.Role is null)
        {
            chosen = withRoles[0];
        }

        var role = chosen.Role is { } found && KindRoles.Accepts(kind, found) ? found : KindRoles.DefaultRole(kind);
        return new Anchor(chosen.Candidate.Date, role);
    }

    private readonly record struct RoleSpan(DateRole Role, int Start, int End);

    private static DateRole? RoleOf(Candidate candidate, List<RoleSpan> roleSpans, List<(int Start, int End)> clauses)
    {
        var clause = clauses.FirstOrDefault(c => c.Start <= candidate.Start && candidate.Start < c.End, (Start: 0, End: int.MaxValue));
        var inClause = roleSpans.Where(r => r.Start >= clause.Start && r.Start < clause.End).ToList();
        var before = inClause.Where(r => r.Start < candidate.Start).OrderByDescending(r => r.End).ThenByDescending(r => r.Start);
        var after = inClause.Where(r => r.Start >= candidate.End).OrderBy(r => r.Start);
        return before.Concat(after).Select(r => (DateRole?)r.Role).FirstOrDefault();
    }

    private static Candidate? ToCandidate(DateMention mention) => mention switch
    {
        { Kind: DateMentionKind.Date, Date: { } d } => new Candidate(d, mention.Start, mention.Start + mention.Length),
        { Kind: DateMentionKind.DateRange, RangeStart: { } s, RangeEnd: { } e } when e.DayNumber - s.DayNumber == 1 =>
            new Candidate(s, mention.Start, mention.Start + mention.Length),
        _ => null,
    };

    private static bool IsTodayWord(TextView view, Candidate candidate, RuleVocabulary[] vocabularies)
    {
        if (candidate.Start < 0 || candidate.End > view.Text.Length || candidate.End <= candidate.Start)
        {
            return false;
        }

        var surface = view.Slice(candidate.Start, candidate.End);
        return vocabularies.Any(v => v.TodayWords.IsMatch(surface.For(v)));
    }

}
