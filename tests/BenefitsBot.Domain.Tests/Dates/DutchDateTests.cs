namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>Dutch forms against the eval reference day, Sunday 2026-11-22.</summary>
public sealed class DutchDateTests
{
    [Theory]
    [InlineData("gekocht 1 sept. 2020", "1 sept. 2020=date 2020-09-01")]
    [InlineData("aangeschaft op 12-07-2025", "12-07-2025=date 2025-07-12")]
    [InlineData("de 1e maart 2026", "de 1e maart 2026=date 2026-03-01")]
    [InlineData("vandaag", "vandaag=date 2026-11-22")]
    [InlineData("gisteren", "gisteren=date 2026-11-21")]
    [InlineData("eergisteren", "eergisteren=date 2026-11-20")]
    [InlineData("afgelopen dinsdag", "afgelopen dinsdag=date 2026-11-17")]
    [InlineData("vorige week dinsdag", "vorige week dinsdag=date 2026-11-10")]
    [InlineData("volgende vrijdag", "volgende vrijdag=date 2026-11-27")]
    [InlineData("3 dagen geleden", "3 dagen geleden=date 2026-11-19")]
    [InlineData("over 30 dagen", "over 30 dagen=date 2026-12-22")]
    [InlineData("volgende maand", "volgende maand=daterange 2026-12-01..2027-01-01")]
    [InlineData("volgend jaar", "volgend jaar=daterange 2027-01-01..2028-01-01")]
    [InlineData("2 weken", "2 weken=duration P2W")]
    [InlineData("van 1 mei 2025 tot 1 juni 2025", "van 1 mei 2025 tot 1 juni 2025=daterange 2025-05-01..2025-06-01")]
    [InlineData("ingeleverd op elf juni 2024", "op elf juni 2024=date 2024-06-11")]
    [InlineData("betaald op zes maart 2025", "op zes maart 2025=date 2025-03-06")]
    [InlineData("zes licenties voor elf mensen", "")]
    public void Recognize_DutchPhrases_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));

    [Theory]
    [InlineData("in de komende weken", "komende weken=daterange 2026-11-23..2026-11-30")]
    [InlineData("van februari tot op heden", "van februari tot op heden=daterange 2026-02-01..2026-11-22")]
    [InlineData("in 2 jaar", "in 2 jaar=date 2028-11-22")]
    [InlineData("over 3 werkdagen", "over 3 werkdagen=date 2026-11-25")]
    [InlineData("12 ste van de vorige maand", "12 ste van de vorige maand=date 2026-10-12")]
    [InlineData("feb mrt 2025", "feb mrt 2025=daterange 2025-02-01..2025-03-01")]
    public void Recognize_DutchSpansAndCounts_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));

    [Fact]
    public void Recognize_Oudejaarsdag_LastDayOfTheYear() =>
        Assert.Equal("oudejaarsdag=date 2025-12-31", RecognizerAssert.Describe("onze competentie verloopt op oudejaarsdag", "nl"));

    [Theory]
    [InlineData("de laatste dag van vorige maand", "de laatste dag van vorige maand=date 2026-10-31")]
    [InlineData("de eerste dag van vorige week", "de eerste dag van vorige week=date 2026-11-09")]
    [InlineData("de laatste dag van vorig jaar", "de laatste dag van vorig jaar=date 2025-12-31")]
    public void Recognize_FirstOrLastDayOfPeriod_Date(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));

    [Theory]
    [InlineData("gekocht in maart vorig jaar", "maart vorig jaar=daterange 2025-03-01..2025-04-01")]
    [InlineData("december van vorig jaar", "december van vorig jaar=daterange 2025-12-01..2026-01-01")]
    [InlineData("vorig jaar in maart", "vorig jaar in maart=daterange 2025-03-01..2025-04-01")]
    public void Recognize_MonthWithNamedYear_MonthOfThatYear(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));

    [Theory]
    [InlineData("we kochten het een half jaar geleden", "een half jaar geleden=date 2026-05-22")]
    [InlineData("over een half jaar", "over een half jaar=date 2027-05-22")]
    public void Recognize_HalfYearCounted_SixMonths(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));

    [Theory]
    [InlineData("anderhalve maand geleden", "anderhalve maand geleden=date 2026-10-07")]
    [InlineData("tweeënhalve week geleden", "tweeënhalve week geleden=date 2026-11-05")]
    [InlineData("over anderhalf jaar", "over anderhalf jaar=date 2028-05-22")]
    [InlineData("een halve maand geleden", "een halve maand geleden=date 2026-11-07")]
    [InlineData("2,5 week geleden", "2,5 week geleden=date 2026-11-05")]
    public void Recognize_CountWithHalf_HalfUnitAdded(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));

    [Theory]
    [InlineData("vandaag een jaar geleden", "vandaag een jaar geleden=date 2025-11-22")]
    [InlineData("rond deze tijd vorig jaar", "rond deze tijd vorig jaar=date 2025-11-22")]
    [InlineData("dezelfde dag vorige maand", "dezelfde dag vorige maand=date 2026-10-22")]
    [InlineData("een week geleden gisteren", "een week geleden gisteren=date 2026-11-14")]
    public void Recognize_DayMovedByPeriodOrCount_SameDayThen(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));

    [Theory]
    [InlineData("de laatste van de maand", "de laatste van de maand=date 2026-11-30")]
    [InlineData("de laatste van vorige maand", "de laatste van vorige maand=date 2026-10-31")]
    public void Recognize_LastOfMonth_LastDay(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));
}
