namespace BenefitsBot.Domain.Dates;

/// <summary>
/// Named days of a year: fixed dates and the ones that move with Easter or a weekday. Hand-written because the official model knows
/// no Swedish holiday and .NET has no Easter computation.
/// </summary>
internal static class HolidayDates
{
    public static Func<int, DateOnly> Fixed(int month, int day) => year => new DateOnly(year, month, day);

    /// <summary>The leap day: 29 February of the year, or of the latest leap year before it (a leap day told without its year is the last one).</summary>
    public static DateOnly LeapDay(int year)
    {
        while (!DateTime.IsLeapYear(year))
        {
            year--;
        }

        return new(year, 2, 29);
    }

    /// <summary>Days after Easter Sunday (negative: before it).</summary>
    public static Func<int, DateOnly> FromEaster(int days) => year => EasterSunday(year).AddDays(days);

    /// <summary>The first <paramref name="weekday"/> on or after the given day: Midsummer Eve is the Friday from 19 June on.</summary>
    public static Func<int, DateOnly> FirstWeekdayFrom(int month, int day, DayOfWeek weekday) => year =>
    {
        var date = new DateOnly(year, month, day);
        return date.AddDays(((int)weekday - (int)date.DayOfWeek + 7) % 7);
    };

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
