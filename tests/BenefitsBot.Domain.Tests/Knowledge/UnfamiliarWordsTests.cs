using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Domain.Tests.Knowledge;

/// <summary>Off-topic questions that share a word with an entry beside words no entry uses are refused; on-topic ones are not.</summary>
public sealed class UnfamiliarWordsTests
{
    private static readonly Lazy<FaqAnswerer> Shared = new(() => new FaqAnswerer(ShippedArticles.KnowledgeBase));

    [Theory]
    [InlineData("which DNS records do I need for our tenant", "en")]
    [InlineData("vilka DNS-poster behöver vi för vår tenant", "sv")]
    public void Ask_OneSharedWordBesideUnknownWords_SaysNone(string text, string locale)
    {
        var result = Shared.Value.Ask(text, locale);

        Assert.Equal(FaqResultKind.None, result.Kind);
    }

    [Theory]
    [InlineData("the benefit expiry date, what does it mean precisely", "en", "What does \"Benefit Expiry Date\" mean")]
    [InlineData("can one token unlock several subscriptions simultaneously", "en", "Can a single token be used to unlocked multiple subscriptions?")]
    public void Ask_OnTopicQuestionWithAnUnknownWord_StillAnswers(string text, string locale, string expected)
    {
        var result = Shared.Value.Ask(text, locale);

        Assert.Equal(FaqResultKind.Answer, result.Kind);
        Assert.Equal(expected, result.Entry!.QuestionEn);
    }

    [Fact]
    public void Ask_UnknownShareLowered_RefusesAQuestionTheDefaultAnswers()
    {
        var strict = Shared.Value.With(FaqThresholds.Default with { UnknownShare = 0, StrongMatch = double.MaxValue });

        var result = strict.Ask("can one token unlock several subscriptions simultaneously, bro", "en");

        Assert.Equal(FaqResultKind.None, result.Kind);
    }
}
