using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// The yes/no asked for a day already past: a question in the past tense ("fungerade den …?", "werkte hij …?", "räckte det?"), a
/// reference back to the act just told ("daarmee", "was that allowed at that point?", 當時), a day described by its event ("on
/// audit day", "when we paid") or by a clause of time before the question (…的時候，…嗎？). A move of a subscription
/// asked about is the act, not the holder's new start; a payment asked about keeps its own cycle.
/// </summary>
public sealed class RuleQuestionInterpreterPastDayTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("sv", "Koden löstes in 2024-02-20. Fungerade den fortfarande vid revisionen den 19 februari i år?", "2025-02-19")]
    [InlineData("nl", "De code werd op 5 januari 2024 ingewisseld. Werkte hij op 4 januari 2025 nog?", "2025-01-04")]
    [InlineData("sv", "Årsdagen var 10 februari och förnyelsen missades. Vi betalade in avgiften 2 mars. Räckte det?", "2025-03-02")]
    [InlineData("nl", "Ons jubileum was 10-02-2025 en niemand verlengde. Op 2 maart is er betaald. Lukte het daarmee nog om te heractiveren?", "2025-03-02")]
    [InlineData("en", "Our compliance audit ran on February 3rd, 2025, and the key had been redeemed 2/1/2024. Did the key still work on audit day?", "2025-02-03")]
    [InlineData("zh-TW", "上週一（3/3）盤點的時候，去年3月1日兌換那把序號還有效嗎？", "2025-03-03")]
    public void Interpret_YesNoForAPastDay_ThatDay(string language, string text, string expected)
    {
        var question = Interpret(language, text);
        Assert.Equal((true, (DateOnly?)Day(expected)), (question.AsksEligibility, question.CheckDay));
    }

    [Fact]
    public void Interpret_WindowAskedForTheDayTheRenewalWasPaid_ThatPaymentsCycle()
    {
        var question = Interpret("en", "Our pack was bought 1/10/2023 and we paid this year's renewal on 2/20/2025. Were we inside the window when we paid?");
        Assert.Equal((Day("2025-01-10"), (DateOnly?)Day("2025-02-20")), (question.AnchorDate!.Value, question.CheckDay));
    }

    [Theory]
    [InlineData("en", "Sam got the Visual Studio subscription on 11/4/2024; we reassigned it to Lee on 1/20/2025. Was that allowed at that point?")]
    [InlineData("nl", "Het Visual Studio-abonnement is op 04-11-2024 aan Sam toegewezen en op 20 januari aan Lee overgedragen. Was dat toegestaan?")]
    [InlineData("zh-TW", "這個 Visual Studio 訂閱2024年11月4日指派給阿傑，今年1月20日轉給小美，當時可以轉嗎？")]
    public void Interpret_MoveAskedAbout_CountsFromTheHolderBeforeIt(string language, string text)
    {
        var question = Interpret(language, text);
        Assert.Equal((Day("2024-11-04"), (DateOnly?)Day("2025-01-20")), (question.AnchorDate!.Value, question.CheckDay));
    }

    [Fact]
    public void Interpret_ReplacementThatCouldHaveBeenHad_NotAlreadyIssued() =>
        Assert.False(Interpret("en", "Token activated 2/1/2025 on the wrong tenant. Could we have gotten a replacement had we asked on 2/25?").StatedFacts.ReplacementAlreadyIssued);

    [Fact]
    public void Interpret_RenewalPaymentAfterAPurchaseYearsAgo_TheDayAsked() =>
        Assert.Equal(Day("2025-03-20"), Interpret("zh-TW", "行動套件是2021/2/10買的，今年忘了續約。3月20日才付款還來得及重新啟用嗎？").CheckDay);

    [Fact]
    public void Interpret_BeliefWithAnAmountBeforeTheQuestion_StillAsksYesNo() =>
        Assert.True(Interpret("zh-TW", "我們2025年3月1日購買行動套件，還沒啟用。我以為期限是45天，今天還能退款嗎？").AsksEligibility);
}
