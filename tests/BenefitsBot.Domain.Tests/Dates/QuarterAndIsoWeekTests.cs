namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// A quarter by its number in Dutch ("Q2 2024", "Q4 vorig jaar"), which the official model leaves out, with a day read on it, and
/// a day of an ISO week said as such ("the Tuesday of ISO week 7"). Against the eval reference day, Sunday 2026-11-22.
/// </summary>
public sealed class QuarterAndIsoWeekTests
{
    [Theory]
    [InlineData("nl", "Startdatum contract: eerste dag van Q2 2024.", "=date 2024-04-01")]
    [InlineData("nl", "De bestelling viel in Q4 vorig jaar.", "=daterange 2025-10-01..2026-01-01")]
    [InlineData("nl", "De factuur kwam de laatste dag van Q1 dit jaar.", "=date 2026-03-31")]
    [InlineData("en", "Code entered Tuesday of ISO week 7, 2024.", "=date 2024-02-13")]
    public void Recognize_NumberedQuarterOrIsoWeek_ThatDayOrRange(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);
}
