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

    /// <summary>
    /// The <paramref name="count"/>th day of the month that <paramref name="counts"/> accepts (the second Tuesday, the first working
    /// day), or with -1 the last; null when the month has fewer or the year is out of range.
    /// </summary>
    public static DateOnly? CountedDay(int year, int month, int count, Func<DateOnly, bool> counts)
    {
        if (year is < 1 or > 9998 || month is < 1 or > 12 || count == 0)
        {
            return null;
        }

        var first = new DateOnly(year, month, 1);
        return CountedDayIn(first, first.AddMonths(1), count, counts);
    }

    /// <summary>As <see cref="CountedDay"/>, in any period (end exclusive): "the first Monday of this year", "the last working day of Q2".</summary>
    public static DateOnly? CountedDayIn(DateOnly start, DateOnly endExclusive, int count, Func<DateOnly, bool> counts)
    {
        var days = Enumerable.Range(0, endExclusive.DayNumber - start.DayNumber).Select(start.AddDays).Where(counts).ToList();
        return count < 0 ? (days.Count > 0 ? days[^1] : null) : count > 0 && count <= days.Count ? days[count - 1] : null;
    }

    /// <summary>The days counted by <see cref="CountedDay"/>: that ISO weekday, or with null the working days, Monday to Friday.</summary>
    public static Func<DateOnly, bool> Counting(int? isoDay) => isoDay is { } weekday ? day => IsoDay(day) == weekday : day => IsoDay(day) <= 5;

    /// <summary><see cref="CountedDay"/> in a month without a year: the latest occurrence on or before the reference day.</summary>
    public static DateOnly? LatestCountedDay(int month, int count, Func<DateOnly, bool> counts, DateOnly reference) =>
        CountedDay(reference.Year, month, count, counts) is { } thisYear && thisYear <= reference ? thisYear : CountedDay(reference.Year - 1, month, count, counts);

    public static DateOnly Add(DateOnly day, DateSpan span, int sign) =>
        day.AddYears(sign * span.Years).AddMonths(sign * span.Months).AddDays(sign * (span.Weeks * 7 + span.Days));
}
