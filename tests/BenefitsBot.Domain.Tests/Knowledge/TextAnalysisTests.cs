using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Text;

namespace BenefitsBot.Domain.Tests.Knowledge;

public sealed class TextAnalysisTests
{
    [Fact]
    public void Tokenize_HanRun_GivesBigramsAndKeepsLatinWords()
    {
        var tokens = Tokenizer.Tokenize(TextNormalizer.Normalize("MAP 續約期間")).Select(token => token.Text);

        Assert.Equal(["map", "續約", "約期", "期間"], tokens);
    }

    [Theory]
    [InlineData("en", "renewals", "renewing")]
    [InlineData("en", "licenses", "license")]
    [InlineData("sv", "kompetensen", "kompetenser")]
    [InlineData("nl", "licenties", "licentie")]
    public void Stem_Inflections_Meet(string language, string first, string second) =>
        Assert.Equal(Stemmers.For(language).Stem(first), Stemmers.For(language).Stem(second));

    [Fact]
    public void Stem_ShortWord_KeptWhole() => Assert.Equal("key", Stemmers.English.Stem("key"));

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
    public void Analyze_SynonymsInFourLanguages_ShareTheKeyConcept()
    {
        var concepts = new[] { ("product key", "en"), ("produktnyckel", "sv"), ("sleutel", "nl"), ("產品金鑰", "zh-TW"), ("token", "en") }
            .Select(pair => TextAnalyzer.Analyze(pair.Item1, pair.Item2).Concepts.Select(concept => concept.Id));

        Assert.All(concepts, ids => Assert.Contains("key", ids));
    }

    [Fact]
    public void FromLocale_RegionalVariants_MapToAnswerLanguages()
    {
        Assert.Equal(["sv", "nl", "zh-TW", "en"], new[] { "sv-SE", "nl_BE", "zh-Hant-TW", "en-GB" }.Select(FaqLanguages.FromLocale));
        Assert.Null(FaqLanguages.FromLocale("de-DE"));
    }
}
