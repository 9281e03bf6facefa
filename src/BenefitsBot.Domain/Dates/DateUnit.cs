namespace BenefitsBot.Domain.Dates;

/// <summary>A calendar unit named in a phrase ("days", "veckor", "maanden", 年).</summary>
internal enum DateUnit
{
    Day,
    Week,

    /// <summary>Two weeks, as British and Commonwealth English counts them ("a fortnight ago", "in a fortnight").</summary>
    Fortnight,
    Month,

    /// <summary>Six months ("ett halvår", "een half jaar").</summary>
    HalfYear,
    Year,
}

internal static class DateUnitExtensions
{
    public static DateSpan Times(this DateUnit unit, int count) => unit switch
    {
        DateUnit.Day => new DateSpan(0, 0, 0, count),
        DateUnit.Week => new DateSpan(0, 0, count, 0),
        DateUnit.Fortnight => new DateSpan(0, 0, 2 * count, 0),
        DateUnit.Month => new DateSpan(0, count, 0, 0),
        DateUnit.HalfYear => new DateSpan(0, 6 * count, 0, 0),
        _ => new DateSpan(count, 0, 0, 0),
    };

    /// <summary>
    /// Half of one unit, as "half a year", "anderhalve maand", 一個半月 count it: half a year is six months, half a month fifteen
    /// days, half a week three days (a half day cannot be dated, so it drops, as half a day does).
    /// </summary>
    public static DateSpan Half(this DateUnit unit) => unit switch
    {
        DateUnit.Day => new DateSpan(0, 0, 0, 0),
        DateUnit.Week => new DateSpan(0, 0, 0, 3),
        DateUnit.Fortnight => new DateSpan(0, 0, 1, 0),
        DateUnit.Month => new DateSpan(0, 0, 0, 15),
        DateUnit.HalfYear => new DateSpan(0, 3, 0, 0),
        _ => new DateSpan(0, 6, 0, 0),
    };

    /// <summary><paramref name="count"/> units and a half.</summary>
    public static DateSpan TimesAndHalf(this DateUnit unit, int count)
    {
        var (whole, half) = (unit.Times(count), unit.Half());
        return new DateSpan(whole.Years + half.Years, whole.Months + half.Months, whole.Weeks + half.Weeks, whole.Days + half.Days);
    }

    /// <summary>The period of this unit that contains <paramref name="day"/>, moved by <paramref name="offset"/> periods: [start, end).</summary>
    public static (DateOnly Start, DateOnly End) Period(this DateUnit unit, DateOnly day, int offset) => unit switch
    {
        DateUnit.Day => (day.AddDays(offset), day.AddDays(offset + 1)),
        DateUnit.Week => (Calendar.StartOfWeek(day).AddDays(7 * offset), Calendar.StartOfWeek(day).AddDays(7 * offset + 7)),
        DateUnit.Fortnight => (Calendar.StartOfWeek(day).AddDays(14 * offset), Calendar.StartOfWeek(day).AddDays(14 * offset + 14)),
        DateUnit.Month => (new DateOnly(day.Year, day.Month, 1).AddMonths(offset), new DateOnly(day.Year, day.Month, 1).AddMonths(offset + 1)),
        DateUnit.HalfYear => (new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1).AddMonths(6 * offset), new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1).AddMonths(6 * offset + 6)),
        _ => (new DateOnly(day.Year + offset, 1, 1), new DateOnly(day.Year + offset + 1, 1, 1)),
    };
}
