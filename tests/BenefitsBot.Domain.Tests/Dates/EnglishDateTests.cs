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
    [InlineData("last tuesday", "last tuesday=date 2026-11-17")]
    [InlineData("previous tuesday", "previous tuesday=date 2026-11-10")]
    [InlineData("tuesday last week", "tuesday last week=date 2026-11-10")]
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
    [InlineData("If I pay for the new year then, am I too late?")]
    public void Recognize_EnglishTextWithoutDates_FindsNothing(string text) =>
        Assert.Equal("", RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("we're off 3 and 4 March", "3=date 2026-03-03; 4 March=date 2026-03-04")]
    [InlineData("renewed 2025/14/Aug", "2025/14/Aug=date 2025-08-14")]
    [InlineData("due August-2026-14", "August-2026-14=date 2026-08-14")]
    [InlineData("the call is on Thursday-Nov-19", "Thursday-Nov-19=date 2026-11-19")]
    [InlineData("from Oct-Jan 10th, 2026", "from Oct-Jan 10th, 2026=daterange 2025-10-01..2026-01-10")]
    [InlineData("out from 3-9 in next month", "from 3-9 in next month=daterange 2026-12-03..2026-12-09")]
    [InlineData("from March 28th to the 2nd", "from March 28th to the 2nd=daterange 2026-03-28..2026-04-02")]
    [InlineData("three Fridays from now", "three Fridays from now=date 2026-12-11")]
    [InlineData("in 2 business days", "in 2 business days=date 2026-11-24")]
    [InlineData("two weeks since the year 2020", "two weeks since the year 2020=date 2020-01-15")]
    [InlineData("less than 2 days after tomorrow", "less than 2 days after tomorrow=daterange 2026-11-23..2026-11-25")]
    [InlineData("we will be 4 next week", "next week=daterange 2026-11-23..2026-11-30")]
    [InlineData("call at 9-5 ET", "")]
    public void Recognize_EnglishListsSpansAndCounts_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("anniversary date was 3 jan 24", "3 jan 24=date 2024-01-03")]
    [InlineData("bought 12 March 25, ten seats", "12 March 25=date 2025-03-12")]
    [InlineData("on 3 Jan 24 hours later", "Jan 24=date 2026-01-24")]
    [InlineData("paid 3 jan 24.5 euros", "3 jan=date 2026-01-03; 24.5=date 2026-05-24")]
    public void Recognize_DayMonthNameTwoDigits_YearUnlessTimeOrNumber(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("we redeemed the key on the last day of last month", "the last day of last month=date 2026-10-31")]
    [InlineData("the last day of next month", "the last day of next month=date 2026-12-31")]
    [InlineData("the first day of last week", "the first day of last week=date 2026-11-09")]
    [InlineData("the last day of last year", "the last day of last year=date 2025-12-31")]
    public void Recognize_FirstOrLastDayOfPeriod_Date(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("bought in March last year", "March last year=daterange 2025-03-01..2025-04-01")]
    [InlineData("last year in March", "last year in March=daterange 2025-03-01..2025-04-01")]
    [InlineData("December of last year", "December of last year=daterange 2025-12-01..2026-01-01")]
    public void Recognize_MonthWithNamedYear_MonthOfThatYear(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("a fortnight ago", "a fortnight ago=date 2026-11-08")]
    [InlineData("in a fortnight", "in a fortnight=date 2026-12-06")]
    [InlineData("two fortnights", "two fortnights=duration P4W")]
    [InlineData("over the next fortnight", "next fortnight=daterange 2026-11-23..2026-12-07")]
    public void Recognize_Fortnight_TwoWeeks(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("we bought it half a year ago", "half a year ago=date 2026-05-22")]
    [InlineData("a month and a half ago", "a month and a half ago=date 2026-10-07")]
    [InlineData("two and a half weeks ago", "two and a half weeks ago=date 2026-11-05")]
    [InlineData("in a month and a half", "in a month and a half=date 2027-01-06")]
    [InlineData("1.5 years ago", "1.5 years ago=date 2025-05-22")]
    [InlineData("valid for a year and a half", "a year and a half=duration P1Y6M")]
    public void Recognize_CountWithHalf_HalfUnitAdded(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("this time last year", "this time last year=date 2025-11-22")]
    [InlineData("today last year", "today last year=date 2025-11-22")]
    [InlineData("bought it a year ago today", "a year ago=date 2025-11-22; today=date 2026-11-22")]
    [InlineData("same day last year", "same day last year=date 2025-11-22")]
    [InlineData("same day last month", "same day last month=date 2026-10-22")]
    [InlineData("a week ago yesterday", "a week ago yesterday=date 2026-11-14")]
    [InlineData("I renewed today, last year I did not", "today=date 2026-11-22; last year=daterange 2025-01-01..2026-01-01")]
    public void Recognize_DayMovedByPeriodOrCount_SameDayThen(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("the last of the month", "the last of the month=date 2026-11-30")]
    [InlineData("due the last of last month", "the last of last month=date 2026-10-31")]
    public void Recognize_LastOfMonth_LastDay(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("we joined on Oct 2 back in 2017", "Oct 2 back in 2017=date 2017-10-02")]
    [InlineData("on March 3 way back in 2019", "March 3 way back in 2019=date 2019-03-03")]
    public void Recognize_YearlessDayThenBackInYear_DayInThatYear(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));
}
