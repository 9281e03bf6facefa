using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Domain.Tests.Knowledge;

public sealed class FaqAnswererTests
{
    private static readonly Lazy<FaqAnswerer> Shared = new(() => new FaqAnswerer(ShippedArticles.KnowledgeBase));

    private static FaqAnswerer Answerer => Shared.Value;

    [Fact]
    public void Ask_ClearEnglishQuestion_AnswersTheEntryInEnglish()
    {
        var result = Answerer.Ask("can one token unlock several subscriptions?", "en-US");

        Assert.Equal(FaqResultKind.Answer, result.Kind);
        Assert.Equal("Can a single token be used to unlocked multiple subscriptions?", result.Entry!.QuestionEn);
        Assert.Equal(("en", "en", false), (result.QuestionLanguage, result.AnswerLanguage, result.IsAnswerInOtherLanguage));
        Assert.InRange(result.Score, 0.0, 1.0);
    }

    [Fact]
    public void Ask_SwedishQuestionFromEnglishClient_AnswersInSwedish()
    {
        var result = Answerer.Ask("kan en enda token låsa upp flera prenumerationer?", "en-US");

        Assert.Equal(FaqResultKind.Answer, result.Kind);
        Assert.Equal(("sv", "sv"), (result.QuestionLanguage, result.AnswerLanguage));
    }

    [Theory]
    [InlineData("what's the weather gonna be like tomorrow?", "en")]
    [InlineData("var ska vi äta lunch idag?", "sv")]
    public void Ask_OffTopic_SaysNone(string text, string locale)
    {
        var result = Answerer.Ask(text, locale);

        Assert.Equal(FaqResultKind.None, result.Kind);
        Assert.Null(result.Entry);
        Assert.Empty(result.Suggestions);
    }

    [Theory]
    [InlineData("how much does a gold competency cost?", "en")]
    [InlineData("行動套件換算成台幣是多少錢？", "zh-TW")]
    public void Ask_NearMissOnPricesRatesOrCsp_SaysNone(string text, string locale) =>
        Assert.Equal(FaqResultKind.None, Answerer.Ask(text, locale).Kind);

    [Theory]
    [InlineData("how do I file a travel expense report for the partner summit?", "en")]
    [InlineData("när är julfesten i år?", "sv")]
    [InlineData("hoe dien ik mijn reiskosten in?", "nl")]
    public void Ask_NearMissOnExpensesPartiesOrPartnerId_SaysNone(string text, string locale) =>
        Assert.Equal(FaqResultKind.None, Answerer.Ask(text, locale).Kind);

    [Theory]
    [InlineData("we forgot to pay the competency fee in time, is it too late now?", "en")]
    [InlineData("vi glömde att förnya kompetensen, kan vi återaktivera den?", "sv")]
    [InlineData("we zijn vergeten onze competentie op tijd te verlengen, wat nu?", "nl")]
    [InlineData("我們忘記續約專長認證了，還能恢復嗎？", "zh-TW")]
    public void Ask_MissedRenewalInAnyLanguage_AnswersOrOffersTheMissedRenewalEntry(string text, string locale)
    {
        var result = Answerer.Ask(text, locale);

        Assert.NotEqual(FaqResultKind.None, result.Kind);
        Assert.Contains("What if a partner missed their 30-day renewal period?", result.Suggestions.Select(choice => choice.Entry.QuestionEn));
    }

    [Theory]
    [InlineData("do we lose our benefits during the renewal period?", "en")]
    [InlineData("förlorar vi förmånerna under förnyelseperioden?", "sv")]
    [InlineData("verliezen we onze voordelen tijdens de verlengingsperiode?", "nl")]
    [InlineData("續約期間我們會失去權益嗎？", "zh-TW")]
    public void Ask_LosingBenefitsDuringRenewal_AnswersTheRenewalPeriodEntry(string text, string locale) =>
        Assert.Equal(
            "What happens to our competency or Action Pack benefits during the 30-day renewal period?",
            Answerer.Ask(text, locale).Entry?.QuestionEn);

    [Fact]
    public void Ask_DutchQuestionOnEnglishAndSwedishOnlyEntry_AnswersInEnglishAndSaysSo()
    {
        var result = Answerer.Ask("hoe kan ik een lidmaatschapsvoordeel of aanbieding annuleren?", "nl-NL");

        Assert.NotEqual(FaqResultKind.None, result.Kind);
        Assert.Equal("Cancel a membership benefit or offer", result.Suggestions[0].Entry.QuestionEn);
        Assert.Equal(("nl", "en", true), (result.QuestionLanguage, result.AnswerLanguage, result.IsAnswerInOtherLanguage));
    }

    [Fact]
    public void Ask_ChineseQuestionOnEnglishAndSwedishOnlyEntry_FindsItAcrossLanguages()
    {
        var result = Answerer.Ask("如何指派 Visual Studio 訂用帳戶給使用者？", "zh-TW");

        Assert.Contains(result.Suggestions.Select(suggestion => suggestion.Entry.QuestionEn),
            question => question is "Manage Visual Studio subscriptions" or "How does Visual Studio Activation work in Partner Center");
        Assert.Equal("zh-TW", result.QuestionLanguage);
    }

    [Fact]
    public void Ask_Typo_StillFindsTheEntry()
    {
        var result = Answerer.Ask("can a singel tokn unlock multipel subscriptons?", "en");

        Assert.Equal("Can a single token be used to unlocked multiple subscriptions?", result.Candidates[0].Entry.QuestionEn);
    }

    [Fact]
    public void Ask_CloseCall_ClarifiesWithUpToThreeSuggestionsBestFirst()
    {
        var thresholds = FaqThresholds.Default with { Answer = 2, ChoiceShare = 0 };
        var result = new FaqAnswerer(ShippedArticles.KnowledgeBase, thresholds).Ask("visual studio subscriptions", "en");

        Assert.Equal(FaqResultKind.Clarify, result.Kind);
        Assert.InRange(result.Suggestions.Count, 2, 3);
        Assert.True(result.Suggestions.Zip(result.Suggestions.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }
}
