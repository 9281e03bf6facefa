namespace BenefitsBot.Domain.Dates;

/// <summary>Calendar arithmetic shared by all languages. Weeks start on Monday (ISO 8601), as in Recognizers-Text.</summary>
internal static class Calendar
{
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// A month and day without a year: the valid occurrence nearest the reference day, ties to the past.
    /// Chosen for this bot because users mostly mention recent purchases and near deadlines ("bought it on March 3", "renews Dec 15").
    /// </summary>
    public static DateOnly? NearestMonthDay(int month, int day, DateOnly reference)
    {
        DateOnly? best = null;
        for (var year = reference.Year - 4; year <= reference.Year + 4; year++)
        {
            if (TryDate(year, month, day) is { } candidate && IsCloser(candidate, best, reference))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>A day of the month without month or year: the nearest valid one among the surrounding months.</summary>
    public static DateOnly? NearestDay(int day, DateOnly reference)
    {
        DateOnly? best = null;
        var first = new DateOnly(reference.Year, reference.Month, 1);
        for (var offset = -2; offset <= 2; offset++)
        {
            var month = first.AddMonths(offset);
            if (TryDate(month.Year, month.Month, day) is { } candidate && IsCloser(candidate, best, reference))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>A month without a year: the nearest occurrence by month distance, ties to the past.</summary>
    public static int NearestYearOfMonth(int month, DateOnly reference)
    {
        var diff = month - reference.Month;
        return diff > 6 ? reference.Year - 1 : diff < -6 ? reference.Year + 1 : reference.Year;
    }

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
            _ => reference.AddDays(diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff),
        };
    }

    public static DateOnly Add(DateOnly day, DateSpan span, int sign) =>
        day.AddYears(sign * span.Years).AddMonths(sign * span.Months).AddDays(sign * (span.Weeks * 7 + span.Days));

    private static bool IsCloser(DateOnly candidate, DateOnly? best, DateOnly reference)
    {
        if (best is not { } current)
        {
            return true;
        }

        var a = Math.Abs(candidate.DayNumber - reference.DayNumber);
        var b = Math.Abs(current.DayNumber - reference.DayNumber);
        return a < b || (a == b && candidate < current);
    }
}
