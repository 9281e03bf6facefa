using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Analysis;
using BenefitsBot.Domain.Knowledge.Text;

namespace BenefitsBot.Domain.Tests.Knowledge;

public sealed class TextAnalysisTests
{
    [Theory]
    [InlineData("en", "renewals", "renewing")]
    [InlineData("en", "licenses", "license")]
    [InlineData("sv", "kompetensen", "kompetenser")]
    [InlineData("sv", "förlängningen", "forlangningen")]
    [InlineData("nl", "verlengingen", "verlenging")]
    public void Terms_InflectionsAndMissingDiacritics_Meet(string language, string first, string second) =>
        Assert.Equal(TermAnalyzer.Terms(first, language), TermAnalyzer.Terms(second, language));

    [Theory]
    [InlineData("en", "how do we get the product keys")]
    [InlineData("sv", "hur får vi produktnycklarna")]
    [InlineData("nl", "hoe krijgen we de productsleutels")]
    public void Terms_Question_DropsFunctionWords(string language, string text) =>
        Assert.Equal(2, TermAnalyzer.Terms(text, language).Count);

    [Fact]
    public void Terms_NoncharactersAndLoneSurrogates_AreIgnored() =>
        Assert.Equal(TermAnalyzer.Terms("help", "en"), TermAnalyzer.Terms("\ufffe\uffffhelp\ud800", "en"));

    [Fact]
    public void Terms_VeryLongText_AnalyzesOnlyTheFirstPart() =>
        Assert.True(TermAnalyzer.Terms(string.Join(' ', Enumerable.Repeat("renewal", 100_000)), "en").Count <= TermAnalyzer.MaxLength / 2);

    [Fact]
    public void Normalize_Noncharacters_DoesNotThrow() => Assert.Equal("  help", TextNormalizer.Normalize("\ufffe\uffffhelp"));

    [Theory]
    [InlineData("när kan vi förnya vårt action pack?", "sv")]
    [InlineData("wanneer kunnen we het action pack verlengen?", "nl")]
    [InlineData("when can we renew the action pack?", "en")]
    [InlineData("何時可以續約？", "zh-TW")]
    public void DetectClear_TypicalQuestions_FindsLanguage(string text, string language) =>
        Assert.Equal(language, LanguageDetector.DetectClear(text));

    [Fact]
    public void DetectClear_ProductNamesOnly_IsNotClear() => Assert.Null(LanguageDetector.DetectClear("Visual Studio MAP"));

    [Fact]
    public void FromLocale_RegionalVariants_MapToAnswerLanguages()
    {
        Assert.Equal(["sv", "nl", "zh-TW", "en"], new[] { "sv-SE", "nl_BE", "zh-Hant-TW", "en-GB" }.Select(FaqLanguages.FromLocale));
        Assert.Null(FaqLanguages.FromLocale("de-DE"));
    }
}
