namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// A day and month without a year told right after a day with one, in the same sentence, is that story's day: the first such day on or
/// after the told one, not the latest up to today; "the same year" names the told year in any sentence. Against the eval reference
/// day, Sunday 2026-11-22.
/// </summary>
public sealed class CarriedYearDateTests
{
    [Theory]
    [InlineData("en", "The invoice came on July 28, 2025 and we redeemed it on August 1.", "July 28, 2025=date 2025-07-28; August 1=date 2025-08-01")]
    [InlineData("en", "We ordered on December 20, 2024 and activated the software on January 5.", "December 20, 2024=date 2024-12-20; January 5=date 2025-01-05")]
    [InlineData("sv", "Vi köpte den 14 oktober 2024, fakturan kom 2/11.", "den 14 oktober 2024=date 2024-10-14; 2/11=date 2024-11-02")]
    [InlineData("nl", "Besteld op 3 september 2024, de sleutel ingewisseld op 9 september.", "op 3 september 2024=date 2024-09-03; op 9 september.=date 2024-09-09")]
    [InlineData("zh-TW", "2024年7月28日簽約，8月1日啟用。", "2024年7月28日=date 2024-07-28; 8月1日=date 2024-08-01")]
    public void Recognize_YearlessDayAfterADatedOneInTheSentence_ThatStorysYear(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("sv", "Vi köpte den 14 oktober 2024. Nyckeln löstes in 3/2 samma år.", "3/2=date 2024-02-03")]
    [InlineData("nl", "We zijn op 14 oktober 2024 begonnen. Hetzelfde jaar op 2 maart hadden we al betaald.", "op 2 maart=date 2024-03-02")]
    [InlineData("en", "We signed on October 14, 2024. The key was redeemed on March 2 that same year.", "March 2=date 2024-03-02")]
    [InlineData("zh-TW", "我們2024年10月14日簽約。同年3月5日兌換金鑰。", "3月5日=date 2024-03-05")]
    public void Recognize_YearlessDayOfTheSameYear_TheToldYear(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "We joined on March 3, 2019. We redeemed the key on May 5.", "May 5=date 2026-05-05")]
    [InlineData("en", "We bought it on October 14, 2025; can we get a refund on November 2?", "November 2=date 2026-11-02")]
    [InlineData("sv", "Vi köpte den 3 mars 2019 och förnyelsen är den 3 mars.", "den 3 mars.=date 2026-03-03")]
    [InlineData("nl", "Gekocht op 3 maart 2019. De sleutel ingewisseld op 20 mei.", "op 20 mei.=date 2026-05-20")]
    public void Recognize_YearlessDayInAnotherSentenceAQuestionOrTheSameDay_LatestUpToToday(string language, string text, string expected) =>
        Assert.EndsWith(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);
}
