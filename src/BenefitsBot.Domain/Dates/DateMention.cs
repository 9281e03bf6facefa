namespace BenefitsBot.Domain.Dates;

/// <summary>What kind of time expression a <see cref="DateMention"/> is.</summary>
public enum DateMentionKind
{
    /// <summary>One calendar day: <see cref="DateMention.Date"/> is set.</summary>
    Date,

    /// <summary>A span of days: <see cref="DateMention.RangeStart"/> (inclusive) and <see cref="DateMention.RangeEnd"/> (exclusive) are set.</summary>
    DateRange,

    /// <summary>A length of time with no anchor: <see cref="DateMention.Span"/> is set.</summary>
    Duration,
}

/// <summary>A length of time in calendar units, as people say it ("two weeks", "1 år", "30 dagen").</summary>
public readonly record struct DateSpan(int Years, int Months, int Weeks, int Days);

/// <summary>One date, date range or duration found in a text, resolved against a reference date.</summary>
/// <param name="Start">Offset of the first character of the mention in the original text.</param>
/// <param name="Length">Length of the mention in the original text.</param>
/// <param name="Kind">Which of the value properties is set.</param>
/// <param name="Date">The day, for <see cref="DateMentionKind.Date"/>.</param>
/// <param name="RangeStart">First day of the range (inclusive), for <see cref="DateMentionKind.DateRange"/>.</param>
/// <param name="RangeEnd">Day after the range (exclusive, as Recognizers-Text resolves it), for <see cref="DateMentionKind.DateRange"/>.</param>
/// <param name="Span">The length, for <see cref="DateMentionKind.Duration"/>.</param>
/// <param name="Weekday">How the day was counted, when it is a weekday of the week of another day ("the Tuesday of the week of 30
/// November"): moved to another year, it is that weekday of the other day's week in that year, not the same date.</param>
public sealed record DateMention(
    int Start,
    int Length,
    DateMentionKind Kind,
    DateOnly? Date = null,
    DateOnly? RangeStart = null,
    DateOnly? RangeEnd = null,
    DateSpan? Span = null,
    WeekdayOfWeek? Weekday = null);

/// <summary>A weekday (ISO, Monday 1) of the week of <paramref name="Base"/>, or of the week <paramref name="Weeks"/> after (before, when negative) it; weeks start on Monday.</summary>
public readonly record struct WeekdayOfWeek(DateOnly Base, int Weeks, int IsoDay)
{
    /// <summary>The day this names.</summary>
    public DateOnly Day => Calendar.StartOfWeek(Base).AddDays((7 * Weeks) + IsoDay - 1);

    /// <summary>The same weekday counted from the same date some years later (earlier, when negative); 29 February becomes the 28th.</summary>
    public WeekdayOfWeek MovedYears(int years) => this with { Base = Base.AddYears(years) };
}
