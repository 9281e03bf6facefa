using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

public sealed class HolidayDatesTests
{
    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2038, "2038-04-25")]
    public void EasterSunday_KnownYears_Date(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HolidayDates.EasterSunday(year));

    [Theory]
    [InlineData(2024, "2024-06-21")]
    [InlineData(2026, "2026-06-19")]
    [InlineData(2027, "2027-06-25")]
    public void FirstWeekdayFrom_MidsummerEve_FridayFrom19June(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HolidayDates.FirstWeekdayFrom(6, 19, DayOfWeek.Friday)(year));
}
