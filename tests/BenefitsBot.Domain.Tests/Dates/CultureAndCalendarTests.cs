namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>Numeric order by culture, leap days, the yearless-date rule and language names.</summary>
public sealed class CultureAndCalendarTests
{
    [Theory]
    [InlineData("en-US", "4/5/2025=date 2025-04-05")]
    [InlineData("en", "4/5/2025=date 2025-04-05")]
    [InlineData("en-GB", "4/5/2025=date 2025-05-04")]
    [InlineData("sv-SE", "4/5/2025=date 2025-05-04")]
    [InlineData("nl-NL", "4/5/2025=date 2025-05-04")]
    public void Recognize_AmbiguousNumericDate_FollowsCultureOrder(string culture, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe("4/5/2025", culture));

    [Theory]
    [InlineData("en-US", "13/5/2025=date 2025-05-13")]
    [InlineData("en-GB", "5/13/2025=date 2025-05-13")]
    public void Recognize_NumericDateInvalidInCultureOrder_SwapsDayAndMonth(string culture, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(expected.Split('=')[0], culture));

    [Theory]
    [InlineData("Feb 29 2024", "en", "Feb 29 2024=date 2024-02-29")]
    [InlineData("29 februari 2024", "nl", "29 februari 2024=date 2024-02-29")]
    [InlineData("2024年2月29日", "zh-TW", "2024年2月29日=date 2024-02-29")]
    [InlineData("Feb 29", "en", "Feb 29=date 2024-02-29")]
    [InlineData("it was the 29th of February", "en", "the 29th of February=date 2024-02-29")]
    public void Recognize_LeapDay_ResolvesToALeapYear(string text, string language, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("on Friday", "on Friday=date 2026-11-20")]
    [InlineData("on Sunday", "on Sunday=date 2026-11-22")]
    [InlineData("in December", "December=daterange 2025-12-01..2026-01-01")]
    [InlineData("on the 25th", "the 25th=date 2026-10-25")]
    public void Recognize_BareWeekdayMonthOrDay_TakesLatestUpToReference(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Fact]
    public void Recognize_LeapDayInCommonYear_IsNotADate() =>
        Assert.Equal("", RecognizerAssert.Describe("Feb 29 2025", "en"));

    [Theory]
    [InlineData("2026-03-01", "March 3=date 2025-03-03")]
    [InlineData("2026-03-03", "March 3=date 2026-03-03")]
    [InlineData("2026-11-22", "March 3=date 2026-03-03")]
    public void Recognize_DateWithoutYear_TakesLatestOccurrenceUpToReference(string reference, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe("March 3", "en", DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("zh-Hant")]
    [InlineData("zh-CN")]
    [InlineData("zh")]
    public void Recognize_ChineseCultureNames_UseChinese(string culture) =>
        Assert.Equal("明天=date 2026-11-23", RecognizerAssert.Describe("明天", culture));

    [Fact]
    public void Recognize_UnknownLanguage_Throws() =>
        Assert.Throws<ArgumentException>(() => RecognizerAssert.Describe("today", "fr"));
}
