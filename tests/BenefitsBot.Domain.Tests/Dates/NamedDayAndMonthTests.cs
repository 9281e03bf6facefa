namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// A day of a month named by a word group ("the month after next", "månaden efter nästa", "de maand na volgende"), and holidays
/// with "this" or a year told before them ("this Thanksgiving", "volgend jaar op Koningsdag", 民國111年的勞動節); a time of day
/// written with a dot ("om 9.15 uur", "kl. 14.30") is no date. Against the eval reference day, Sunday 2026-11-22.
/// </summary>
public sealed class NamedDayAndMonthTests
{
    [Theory]
    [InlineData("en", "Plan: enter the key on the 1st of the month after next.", "=date 2027-01-01")]
    [InlineData("sv", "Vi löser in den den 3:e i månaden efter nästa.", "=date 2027-01-03")]
    [InlineData("nl", "We voeren hem in op de derde van de maand na volgende.", "=date 2027-01-03")]
    [InlineData("en", "It was bought on the 15th of the month before last.", "=date 2026-09-15")]
    public void Recognize_DayOfAMonthNamedByAWordGroup_ThatDay(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Our offsite falls on this Thanksgiving.", "=date 2026-11-26")]
    [InlineData("en", "Reminder set for next year on Christmas Eve.", "=date 2027-12-24")]
    [InlineData("nl", "Het contract loopt af volgend jaar op Koningsdag.", "=date 2027-04-27")]
    [InlineData("zh-TW", "這張是民國111年的勞動節那天開通的。", "=date 2022-05-01")]
    public void Recognize_HolidayWithThisOrAYearBefore_ThatYearsDay(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("nl", "De code is eergisteren ingevoerd, om 9.15 uur.", "9.15=")]
    [InlineData("sv", "Koden matades in i förrgår kl. 14.30.", "14.30=")]
    [InlineData("en", "Entered it yesterday at 9.15 am.", "9.15=")]
    public void Recognize_TimeOfDayWrittenWithADot_NoDate(string language, string text, string time) =>
        Assert.DoesNotContain(time, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);
}

