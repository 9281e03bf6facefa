using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// How people type in a work chat and tell days by weeks: two short lines joined with " / ", English verbs inside a Chinese sentence,
/// the adverb 一開始 ("at first"), and a weekday of a date's week moved to another year as that weekday, not the same date.
/// </summary>
public sealed class RuleQuestionInterpreterChatTests
{
    [Theory]
    [InlineData("sv", "Vi löste in nyckeln 2025-03-04 / gäller den?")]
    [InlineData("nl", "Sleutel ingewisseld op 04-03-2025 / werkt die?")]
    [InlineData("en", "key redeemed 3/4/2025 / does it work?")]
    public void Interpret_QuestionOnTheLineAfterASlash_YesNoAsked(string language, string text)
    {
        var question = InterpretedQuestion.Of(language, text, new DateOnly(2026, 3, 10));

        Assert.Equal((RuleKind.KeyUsableUntil, true), (question.Kind, question.AsksEligibility));
    }

    [Theory]
    [InlineData("我們2026年3月3日買了權益包，軟體已經 activate 了，還能退款嗎？")]
    [InlineData("我們2026年3月3日買了權益包，金鑰也 redeem 過了，還能退款嗎？")]
    public void Interpret_EnglishVerbInAChineseSentence_SoftwareActivated(string text)
    {
        var question = InterpretedQuestion.Of("zh-TW", text, new DateOnly(2026, 3, 10));

        Assert.Equal((RuleKind.RefundDeadline, true), (question.Kind, question.StatedFacts.SoftwareBenefitsActivated));
    }

    [Fact]
    public void Interpret_ChineseAtFirstThenMovedOn_LatestAssignment()
    {
        var question = InterpretedQuestion.Of("zh-TW", "訂閱一開始2026年1月5日指派給小陳，2026年4月20日改給阿芳。什麼時候可以再換人？", new DateOnly(2026, 5, 1));

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2026, 4, 20)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("nl", "We hebben de sleutel vorig jaar ingewisseld, op de woensdag van de week van 14 oktober. Tot wanneer werkt hij?")]
    [InlineData("zh-TW", "金鑰是去年兌換的，是10月14日那一週的星期三。可以用到哪天？")]
    public void Interpret_WeekdayOfAWeekLastYear_ThatWeekdayInLastYearsWeek(string language, string text)
    {
        var question = InterpretedQuestion.Of(language, text, new DateOnly(2026, 11, 1));

        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2025, 10, 15)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "We're not renewing; our renewal date was October 10. Will the Visual Studio subscriptions still work on the Friday of the week after October 30?")]
    [InlineData("sv", "Vi förnyar inte. Årsdagen var den 10 oktober. Fungerar Visual Studio-prenumerationerna fredagen i veckan efter den 30 oktober?")]
    public void Interpret_WeekdayOfAWeekAskedAhead_ThatWeekdayInTheComingWeek(string language, string text)
    {
        var question = InterpretedQuestion.Of(language, text, new DateOnly(2026, 9, 28));

        Assert.Equal((true, new DateOnly(2026, 11, 6)), (question.AsksEligibility, question.CheckDay));
    }
}
