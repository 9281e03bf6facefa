namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>English forms against the eval reference day, Sunday 2026-11-22.</summary>
public sealed class EnglishDateTests
{
    [Theory]
    [InlineData("we bought the action pack on 1 sept 2020", "1 sept 2020=date 2020-09-01")]
    [InlineData("MAP purchase date was Jan 31, 2026.", "Jan 31, 2026=date 2026-01-31")]
    [InlineData("on September 1st, 2020", "September 1st, 2020=date 2020-09-01")]
    [InlineData("redeemed on 2025-08-19", "2025-08-19=date 2025-08-19")]
    [InlineData("it was the twenty-first of March 2024", "the twenty-first of March 2024=date 2024-03-21")]
    [InlineData("bought it on March 3", "March 3=date 2026-03-03")]
    [InlineData("bought Sep 1, '20", "Sep 1, '20=date 2020-09-01")]
    [InlineData("renewed Nov 15", "Nov 15=date 2026-11-15")]
    [InlineData("in June 2025", "June 2025=daterange 2025-06-01..2025-07-01")]
    public void Recognize_EnglishAbsoluteDates_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("yesterday", "yesterday=date 2026-11-21")]
    [InlineData("tomorrow", "tomorrow=date 2026-11-23")]
    [InlineData("this past tuesday", "this past tuesday=date 2026-11-17")]
    [InlineData("last tuesday", "last tuesday=date 2026-11-10")]
    [InlineData("next friday", "next friday=date 2026-11-27")]
    [InlineData("10 days ago", "10 days ago=date 2026-11-12")]
    [InlineData("two weeks ago", "two weeks ago=date 2026-11-08")]
    [InlineData("in 30 days", "in 30 days=date 2026-12-22")]
    [InlineData("next month", "next month=daterange 2026-12-01..2027-01-01")]
    [InlineData("last year", "last year=daterange 2025-01-01..2026-01-01")]
    [InlineData("last week", "last week=daterange 2026-11-09..2026-11-16")]
    [InlineData("on the 5th of last month", "the 5th of last month=date 2026-10-05")]
    [InlineData("the 20th of next month", "the 20th of next month=date 2026-12-20")]
    [InlineData("3 days after January 12th 2027", "3 days after January 12th 2027=date 2027-01-15")]
    public void Recognize_EnglishRelativeDates_ResolvesAgainstReference(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("keys are valid for one year", "one year=duration P1Y")]
    [InlineData("you have 30 days", "30 days=duration P30D")]
    [InlineData("from March 3 to March 10 2026", "from March 3 to March 10 2026=daterange 2026-03-03..2026-03-10")]
    [InlineData("between May 1 2025 and June 1 2025", "between May 1 2025 and June 1 2025=daterange 2025-05-01..2025-06-01")]
    [InlineData("between Jan 2026 and now", "between Jan 2026 and now=daterange 2026-01-01..2026-11-22")]
    [InlineData("within 30 days", "within 30 days=daterange 2026-11-22..2026-12-22")]
    public void Recognize_EnglishRangesAndDurations_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("This may take longer than expected.")]
    [InlineData("what's the last day to pay?")]
    [InlineData("Tel: +86 138-2010-2015")]
    public void Recognize_EnglishTextWithoutDates_FindsNothing(string text) =>
        Assert.Equal("", RecognizerAssert.Describe(text, "en"));
}
