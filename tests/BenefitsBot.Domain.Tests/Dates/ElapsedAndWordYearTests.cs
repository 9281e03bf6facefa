namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Time held until today ("had it for twelve weeks now", "nu 9 weken", "haft den i 40 dagar", 啟用滿20天) dates the start that long
/// ago, but time still given ("30 dagar på oss", "30 dagen om te betalen") does not; a year said in words after a day ("two thousand
/// twenty-two", "tvåtusentjugotvå", "tweeduizend tweeëntwintig"); "één" as a day; "10/1 av misstag" is a day, "1/3 av" a share.
/// Against the eval reference day, Sunday 2026-11-22.
/// </summary>
public sealed class ElapsedAndWordYearTests
{
    [Theory]
    [InlineData("en", "We have had the subscription for twelve weeks now.", "=date 2026-08-30")]
    [InlineData("nl", "Ruud heeft de licentie nu 9 weken.", "=date 2026-09-20")]
    [InlineData("sv", "Vi har haft nyckeln i 40 dagar.", "=date 2026-10-13")]
    [InlineData("zh-TW", "那組權杖啟用滿20天了。", "=date 2026-11-02")]
    [InlineData("en", "It was redeemed on the third of May, two thousand twenty-two.", "=date 2022-05-03")]
    [InlineData("sv", "Köpt den tredje maj tvåtusentjugotvå.", "=date 2022-05-03")]
    [InlineData("nl", "Gekocht op drie mei tweeduizend tweeëntwintig.", "=date 2022-05-03")]
    [InlineData("nl", "Betaald op één april.", "=date 2026-04-01")]
    [InlineData("sv", "Köpte licensen 10/1 av misstag.", "=date 2026-01-10")]
    public void Recognize_ElapsedTimeWordYearOrDay_ThatDay(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("sv", "Vi har 30 dagar på oss att betala.")]
    [InlineData("nl", "We hebben nu 30 dagen om te betalen.")]
    [InlineData("sv", "Vi fick 1/3 av pengarna.")]
    public void Recognize_TimeStillGivenOrAShare_NoDate(string language, string text) =>
        Assert.DoesNotContain("=date", RecognizerAssert.Describe(text, language), StringComparison.Ordinal);
}
