using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Questions written as letters to a support desk: a yes/no asked of the reader without a question mark ("kindly confirm whether",
/// "bekräfta om", "wij vragen u of"), a day referred to as 屆時 ("at that time"), and the renewal named by its month and
/// year in a statement while it is still to come. Also: "nergens" negates, enrolling on a day is the purchase (not the enrolment's
/// renewal date), and a fee left unpaid through the renewal window asks about the grace period.
/// </summary>
public sealed class RuleQuestionInterpreterLetterTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    [Theory]
    [InlineData("en", "Kindly confirm whether the key, redeemed on 2 February 2024, may still be used today.")]
    [InlineData("sv", "Jag ber support bekräfta om licensnyckeln som löstes in 2 februari 2024 alltjämt gäller i dag.")]
    [InlineData("sv", "Medlemskapet köptes 2023-03-01. Styrelsen vill gärna veta om förnyelsefönstret redan har öppnat i dag.")]
    [InlineData("nl", "Wij vragen u of wij de sleutel, ingewisseld op 2 februari 2024, vandaag nog mogen gebruiken.")]
    public void Interpret_YesNoAskedOfTheReader_AsksEligibility(string language, string text) =>
        Assert.True(Interpret(language, text).AsksEligibility);

    [Fact]
    public void Interpret_ChineseAtThatTime_ChecksThePlannedDay() =>
        Assert.Equal(new DateOnly(2025, 3, 25), Interpret("zh-TW", "我們於2024年12月20日指派訂閱給同仁，打算2025年3月25日轉派給新進人員，屆時能否轉派？").CheckDay);

    [Fact]
    public void Interpret_RenewalStillToComeNamedByMonthAndYear_ThatCycle() =>
        Assert.Equal(new DateOnly(2025, 4, 15), Interpret("en", "Our Action Pack dates from 15 April 2022 and it was renewed in 2024 too. The coming renewal is due in April 2025; give me its renewal window, please.").AnchorDate);

    [Fact]
    public void Interpret_SoftwareActivatedNowhere_NotActivated() =>
        Assert.False(Interpret("nl", "Beide vestigingen kochten het pakket 1 maart 2025; nergens is er software geactiveerd. Kunnen we de aankoop nog annuleren voor ons geld?").StatedFacts.SoftwareBenefitsActivated);

    [Fact]
    public void Interpret_EnrolledOnADay_ThePurchase() =>
        Assert.Equal(DateRole.Purchase, Interpret("en", "We enrolled in the Action Pack on 4/2/2023. What is our renewal window?").AnchorRole);

    [Fact]
    public void Interpret_ChineseFeeNotPaidWithinTheWindow_GracePeriod() =>
        Assert.Equal(RuleKind.GracePeriodEnd, Interpret("zh-TW", "專長認證週年日是2025年2月20日，可是年費沒有在續約期間內付。最晚哪天付款能重新啟用？").Kind);
}

