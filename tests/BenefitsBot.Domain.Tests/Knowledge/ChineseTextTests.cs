using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Domain.Knowledge.Analysis;
using BenefitsBot.Domain.Knowledge.Text;

namespace BenefitsBot.Domain.Tests.Knowledge;

public sealed class ChineseTextTests
{
    [Fact]
    public void Normalize_SimplifiedQuestion_FoldsToTraditional() =>
        Assert.Equal("我們的權杖啟用錯租戶了怎麼辦", TextNormalizer.Normalize("我们的权杖启用错租户了怎么办"));

    [Fact]
    public void Normalize_TraditionalText_StaysAsIs() =>
        Assert.Equal("專長認證的限制與系統", TextNormalizer.Normalize("專長認證的限制與系統"));

    [Fact]
    public void Terms_TraditionalQuestion_GivesIcuWordsAndCharacterPairsWithoutFunctionCharacters()
    {
        var terms = TermAnalyzer.Terms("我們的產品金鑰用完了", "zh-TW");

        Assert.Contains("產品", terms);
        Assert.Contains("~金鑰", terms);
        Assert.DoesNotContain("的", terms);
    }

    [Fact]
    public void Terms_SimplifiedQuestion_SameTermsAsTraditional() =>
        Assert.Equal(TermAnalyzer.Terms("產品金鑰用完了", "zh-TW"), TermAnalyzer.Terms("产品金钥用完了", "zh-TW"));

    [Theory]
    [InlineData("hur stor är årsavgiften för guldkompetensen", "sv")]
    [InlineData("how do I reset my outlook password", "en")]
    [InlineData("員工使用這些權益要繳稅嗎", "zh-TW")]
    public void Ask_FeeAmountPasswordResetOrTax_SaysNone(string text, string language) =>
        Assert.Equal(FaqResultKind.None, new FaqAnswerer(ShippedArticles.KnowledgeBase).Ask(text, language).Kind);

    [Fact]
    public void Ask_SimplifiedChineseQuestion_AnswersLikeTraditional()
    {
        var answerer = new FaqAnswerer(ShippedArticles.KnowledgeBase);

        var simplified = answerer.Ask("行动套件包含 Visual Studio 企业版吗", "zh-TW");
        var traditional = answerer.Ask("行動套件包含 Visual Studio 企業版嗎", "zh-TW");

        Assert.Equal(FaqResultKind.Answer, simplified.Kind);
        Assert.Equal(traditional.Entry!.Id, simplified.Entry!.Id);
    }
}
