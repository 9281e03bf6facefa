namespace BenefitsBot.Domain.Dates;

/// <summary>Calendar arithmetic shared by all languages. Weeks start on Monday (ISO 8601), as in Recognizers-Text.</summary>
internal static class Calendar
{
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// A month and day without a year: the latest occurrence on or before the reference day. Chosen for this bot because users
    /// mostly give dates of things that happened (purchase, redemption, assignment, anniversary); Recognizers-Text returns both the
    /// past and the future candidate, and our choice is always one of them.
    /// </summary>
    public static DateOnly? LatestMonthDay(int month, int day, DateOnly reference)
    {
        for (var year = reference.Year; year >= reference.Year - 8; year--)
        {
            if (TryDate(year, month, day) is { } candidate && candidate <= reference)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A day of the month without month or year: the latest such day on or before the reference day.</summary>
    public static DateOnly? LatestDay(int day, DateOnly reference)
    {
        var first = new DateOnly(reference.Year, reference.Month, 1);
        for (var offset = 0; offset >= -2; offset--)
        {
            var month = first.AddMonths(offset);
            if (TryDate(month.Year, month.Month, day) is { } candidate && candidate <= reference)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A month without a year: the latest one that has started by the reference day.</summary>
    public static int LatestYearOfMonth(int month, DateOnly reference) => month <= reference.Month ? reference.Year : reference.Year - 1;

    public static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>ISO weekday number: Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;

    public static DateOnly Weekday(DateOnly reference, int isoDay, WeekdayRule rule)
    {
        var thisWeek = StartOfWeek(reference).AddDays(isoDay - 1);
        var diff = isoDay - IsoDay(reference);
        return rule switch
        {
            WeekdayRule.ThisWeek => thisWeek,
            WeekdayRule.NextWeek => thisWeek.AddDays(7),
            WeekdayRule.LastWeek => thisWeek.AddDays(-7),
            WeekdayRule.Upcoming => reference.AddDays(diff > 0 ? diff : diff + 7),
            WeekdayRule.Past => reference.AddDays(diff < 0 ? diff : diff - 7),
            _ => reference.AddDays(diff <= 0 ? diff : diff - 7),
        };
    }

    public static DateOnly Add(DateOnly day, DateSpan span, int sign) =>
        day.AddYears(sign * span.Years).AddMonths(sign * span.Months).AddDays(sign * (span.Weeks * 7 + span.Days));
}
