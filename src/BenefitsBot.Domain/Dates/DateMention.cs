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
public sealed record DateMention(
    int Start,
    int Length,
    DateMentionKind Kind,
    DateOnly? Date = null,
    DateOnly? RangeStart = null,
    DateOnly? RangeEnd = null,
    DateSpan? Span = null);
