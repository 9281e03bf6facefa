using BenefitsBot.Storage.Nudges;

namespace BenefitsBot.Nudges;

/// <summary>One lead time of an event: due on <see cref="DueDate"/>, worth sending until <see cref="RelevantUntil"/> (the action is still possible).</summary>
internal readonly record struct NudgeOccurrence(NudgeKind Kind, DateOnly DueDate, DateOnly EventDate, DateOnly RelevantUntil)
{
    public bool IsDue(DateOnly today) => DueDate <= today && today <= RelevantUntil;

    /// <summary>Every lead of <paramref name="leadDays"/> before <paramref name="eventDate"/>.</summary>
    public static IEnumerable<NudgeOccurrence> Before(NudgeKind kind, DateOnly eventDate, IEnumerable<int> leadDays, DateOnly relevantUntil) =>
        leadDays.Where(d => d >= 0).Select(d => new NudgeOccurrence(kind, eventDate.AddDays(-d), eventDate, relevantUntil));

    /// <summary>
    /// Catch-up: the latest due occurrence of one event series, so that a planner that missed several lead times
    /// (downtime, a clock jump) sends one nudge, not one per missed lead time. On a tie the later event wins.
    /// </summary>
    public static NudgeOccurrence? Latest(IEnumerable<NudgeOccurrence> series, DateOnly today) =>
        series.Where(o => o.IsDue(today)).OrderBy(o => o.DueDate).ThenBy(o => o.EventDate).Cast<NudgeOccurrence?>().LastOrDefault();
}
