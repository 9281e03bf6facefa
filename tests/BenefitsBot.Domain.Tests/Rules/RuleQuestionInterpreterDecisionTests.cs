using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Decisions and references back, read with the real recognizer: a decision not to renew (the renewal now due lapses, even when
/// its anniversary lies ahead), Visual Studio named in an earlier sentence and its use asked about, renewing "already" after the last
/// window closed, and getting a lapsed competency back asked verb first.
/// </summary>
public sealed class RuleQuestionInterpreterDecisionTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private readonly DateRecognizer recognizer = new();
    private readonly RuleQuestionInterpreter interpreter = new();

    private RuleQuestion Interpret(string language, string text)
    {
        var question = interpreter.Interpret(text, language, recognizer.Recognize(text, language, Today), Today);
        Assert.NotNull(question);
        return question;
    }

    [Theory]
    [InlineData("en", "We joined on 25 March 2021 and have decided not to renew this time. Until when can our two coders keep working in Visual Studio?")]
    [InlineData("en", "We joined on 25 March 2021 and we're letting it lapse. Until when can our two coders keep working in Visual Studio?")]
    [InlineData("sv", "Vi blev partner den 25 mars 2021 och tänker inte förnya den här gången. Till när kan våra två kodare använda Visual Studio?")]
    [InlineData("nl", "We zijn op 25 maart 2021 lid geworden en verlengen deze keer niet. Tot wanneer kunnen onze twee programmeurs Visual Studio gebruiken?")]
    [InlineData("zh-TW", "我們2021年3月25日加入，這次不打算續約了。兩位工程師的 Visual Studio 最晚用到幾號？")]
    public void Interpret_DecisionNotToRenewBeforeTheAnniversary_ThisYearsAnniversary(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2025, 3, 25)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_LapseLetHappenAndALaterDayAsked_CycleOfToday()
    {
        var question = Interpret("en", "The competency was purchased on 1 March 2024, and this year we let it go. Is reactivating it possible on 5 April?");

        // The purchase stays the anchor: its first anniversary, 1 March 2025, is the cycle, not the one of 2026.
        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2024, 3, 1), DateRole.Purchase), (question.Kind, question.AnchorDate!.Value, question.AnchorRole));
    }

    [Theory]
    [InlineData("en", "Priya got Visual Studio through the partner program. It all expired on 1 March, we did not renew. Can she keep using it next week?")]
    [InlineData("sv", "Priya fick Visual Studio genom partnerprogrammet. Allt gick ut den 1 mars, vi förnyade inte. Kan hon fortsätta använda det nästa vecka?")]
    [InlineData("nl", "Priya kreeg Visual Studio via het partnerprogramma. Alles is op 1 maart verlopen, er is niet verlengd. Kan ze het volgende week nog gebruiken?")]
    [InlineData("zh-TW", "Priya 透過合作夥伴計畫拿到 Visual Studio。全部在3月1日過期，我們沒續。下週她還能用嗎？")]
    public void Interpret_VisualStudioNamedEarlierAndItsUseAsked_UserAssignedBenefits(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2025, 3, 1)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_VisualStudioNamedEarlierAndPayingAsked_NotUserAssignedBenefits()
    {
        var question = Interpret("en", "Priya got Visual Studio through the partner program. It all expired on 1 March, we did not renew. Can we still pay and use it again?");

        Assert.NotEqual(RuleKind.UserAssignedBenefitExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "Action Pack purchased 20 March 2022. Can we already renew it today?")]
    [InlineData("sv", "Action Pack köptes 20 mars 2022. Kan vi förnya det redan idag?")]
    [InlineData("nl", "Action Pack gekocht 20 maart 2022. Mogen we vandaag al verlengen?")]
    [InlineData("zh-TW", "Action Pack 是2022年3月20日買的，今天能提前續約嗎？")]
    public void Interpret_RenewAlreadyAfterTheLastWindowClosed_TheComingWindow(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 3, 20)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_RenewStillAfterTheLastWindowClosed_TheLastWindow()
    {
        var question = Interpret("en", "Action Pack purchased 20 March 2022. Can we still renew it today?");

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2024, 3, 20)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_DutchGetItBackAskedVerbFirst_GracePeriod()
    {
        var question = Interpret("nl", "Onze competentie verliep op 1 maart. Kunnen we die terug als we vrijdag alsnog de rekening voldoen?");

        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2025, 3, 1)), (question.Kind, question.AnchorDate!.Value));
    }
}
