using BenefitsBot.Domain.Knowledge;
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
    public void Segments_QuestionWithFunctionWords_KeepsOnlyContentPieces() =>
        Assert.Equal(["權杖", "換"], ChineseSegmenter.Segments("我們的權杖可以換嗎"));

    [Fact]
    public void Segments_ContentWordsWithFunctionCharacters_StayWhole() =>
        Assert.Equal(["會員資格", "需要申請"], ChineseSegmenter.Segments("會員資格是否需要申請"));

    [Fact]
    public void Tokenize_HanRunWithFunctionWords_BigramsStayInsideWords()
    {
        var tokens = Tokenizer.Tokenize(TextNormalizer.Normalize("我們的權杖可以換嗎")).Select(token => token.Text);

        Assert.Equal(["權杖", "換"], tokens);
    }

    [Theory]
    [InlineData("what's the annual fee for a gold competency, how much?", "en")]
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
