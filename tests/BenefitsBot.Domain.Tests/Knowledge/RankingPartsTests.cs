using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Analysis;
using BenefitsBot.Domain.Knowledge.Ranking;

namespace BenefitsBot.Domain.Tests.Knowledge;

public sealed class RankingPartsTests
{
    [Theory]
    [InlineData("how much does the action pack cost?", "en")]
    [InlineData("vad kostar guldkompetensen i kronor?", "sv")]
    [InlineData("wat is de prijs van het action pack?", "nl")]
    [InlineData("行動套件一年要多少錢？", "zh-TW")]
    [InlineData("is it still $475 a year?", "en")]
    public void Asks_PriceQuestion_True(string text, string language) => Assert.True(MoneyQuestion.Asks(text, language));

    [Theory]
    [InlineData("how many product keys do we have left?", "en")]
    [InlineData("hoeveel licenties hebben we?", "nl")]
    [InlineData("我們有多少產品授權？", "zh-TW")]
    public void Asks_CountQuestion_False(string text, string language) => Assert.False(MoneyQuestion.Asks(text, language));

    [Fact]
    public void StatesAmount_DollarAmount_True() => Assert.True(MoneyQuestion.StatesAmount("You get $100 of Azure credit each month."));

    [Fact]
    public void StatesAmount_FeeWithoutAmount_False() => Assert.False(MoneyQuestion.StatesAmount("Pay the annual fee within the renewal window."));

    [Theory]
    [InlineData("subscription", true)]
    [InlineData("subscriptoin", true)]
    [InlineData("subscripton", true)]
    [InlineData("subscriptionz", true)]
    [InlineData("subway", false)]
    [InlineData("subscr", false)]
    public void ContainsTypoOf_OneEditAway_Known(string word, bool known)
    {
        var vocabulary = new Vocabulary(["subscription", "tenant"]);

        Assert.Equal(known, vocabulary.Contains(word) || vocabulary.ContainsTypoOf(word));
    }

    [Fact]
    public void Ask_EntryOnlyAnAlternateNames_RankedFirst()
    {
        var knowledgeBase = ShippedArticles.KnowledgeBase;
        var entry = knowledgeBase.Entries[0];
        var tenant = knowledgeBase.WithTenantContent([], [new AlternateQuestion(entry.Id, FaqLanguages.English, "zebra migration paperwork for the quarterly offsite")]);

        var result = new FaqAnswerer(tenant).Ask("zebra migration paperwork for the quarterly offsite", "en");

        Assert.Equal(entry.Id, result.Candidates[0].Entry.Id);
        Assert.Equal(FaqResultKind.Answer, result.Kind);
    }

    [Fact]
    public void Ask_ExactPhrasingOfAnEntryThatIsAlsoClose_Answered()
    {
        var answerer = new FaqAnswerer(ShippedArticles.KnowledgeBase);
        var clarified = answerer.Ask("visual studio subscriptions", "en");
        var entry = clarified.Suggestions[1].Entry;
        var tenant = ShippedArticles.KnowledgeBase.WithTenantContent([], [new AlternateQuestion(entry.Id, FaqLanguages.English, "visual studio subscriptions")]);

        var result = new FaqAnswerer(tenant).Ask("Visual Studio subscriptions?", "en");

        Assert.Equal(FaqResultKind.Clarify, clarified.Kind);
        Assert.Equal(FaqResultKind.Answer, result.Kind);
        Assert.Equal(entry.Id, result.Entry!.Id);
    }

    [Fact]
    public void Learn_ShippedAlternates_HeldOutRankingBeatsChance()
    {
        var result = RankerTraining.Learn(ShippedArticles.KnowledgeBase, RankerWeights.Learned);

        // 39 entries: chance is .026; reached .78 with the shipped alternates.
        Assert.True(result.HeldOutTop1After >= 0.70, $"held-out alternates top-1 {result.HeldOutTop1After}");
        Assert.Equal(FaqLanguages.All.Order(), result.Weights.TypicalMatch.Keys.Order());
    }
}
