using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Plans, windows and hand-overs, read with the real recognizer: a plan told in a statement beside a question about today, the
/// window asked about after a lapse, a planned act on a bare weekday, a subscription moved on in other words, a yearless
/// anniversary beside a year told for the purchase, and an assignment that is only planned.
/// </summary>
public sealed class RuleQuestionInterpreterChainTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    [Theory]
    [InlineData("en", "Our Azure token went live on the test tenant on 2 March 2025 by mistake. The audit is planned for 20 April. Is a replacement still possible today?")]
    [InlineData("sv", "Token aktiverades av misstag i testmiljön 2 mars 2025. Revisionen ska hållas 20 april. Går det att få en ny token idag?")]
    public void Interpret_PlanInAStatementAndTodayInTheQuestion_ChecksToday(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.True(question.CheckDay is null || question.CheckDay == Today, $"check day {question.CheckDay}");
    }

    [Theory]
    [InlineData("en", "Membership started 20 February 2023; nothing was paid at this year's anniversary, which has passed. Paying on Friday, would that be inside the window?")]
    [InlineData("sv", "Medlemskapet började 2023-02-20 och ingen har förnyat efter årsdagen. Betalar vi på fredag, är det inom fönstret då?")]
    public void Interpret_WindowAskedAfterALapse_RenewalWindow(string language, string text)
    {
        Assert.Equal(RuleKind.RenewalWindow, Interpret(language, text).Kind);
    }

    [Fact]
    public void Interpret_PlannedRedemptionOnABareWeekday_TheComingOne()
    {
        var question = Interpret("en", "Nobody has entered the Project key so far. Suppose I redeem it on Monday: until when does it work?");

        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2025, 3, 17)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("sv", "Per tilldelades licensen 2025-01-10. Flyttar jag den till Eva på fredag, är det okej?")]
    [InlineData("zh-TW", "我2025年1月10日把授權指派給阿華，下週一改指派給小玉行不行？")]
    public void Interpret_SubscriptionMovedInOtherWords_Reassignment(string language, string text)
    {
        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 1, 10)), (Interpret(language, text).Kind, Interpret(language, text).AnchorDate!.Value));
    }

    [Theory]
    [InlineData("zh-TW", "授權先給了小王（2024/5/1），2024/12/1再轉給小李。今天能轉給新人嗎？")]
    [InlineData("nl", "Vanaf 02-05-2024 gebruikte Eva de licentie; op 01-12-2024 ging hij naar Bram. Mag ik hem vandaag doorgeven aan een nieuwe collega?")]
    public void Interpret_SubscriptionThatWentOnToSomeoneElse_CountsFromTheLatestHolder(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2024, 12, 1)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_YearlessAnniversaryBesideThePurchaseYear_TheAnniversaryNearestToday()
    {
        var question = Interpret("sv", "Medlemskapet förnyas på julafton (vi tecknade det 24/12 2021), men i december betalade vi inte. Kan utvecklarna köra VS den 15 januari?");

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2024, 12, 24)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_AssignmentOnlyPlannedAndAnotherDayAsked_CountsFromThePlan()
    {
        var question = Interpret("sv", "Om vi tilldelar licensen till Maja i morgon, får hon lämna över den till Olle den 20 juni?");

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 3, 13), new DateOnly(2025, 6, 20)), (question.Kind, question.AnchorDate!.Value, question.CheckDay));
    }

    [Fact]
    public void Interpret_AssumedLapseAndVisualStudioOnAPlannedDay_UserAssignedBenefits()
    {
        var question = Interpret("en", "Assume we let our membership lapse at its 30 March renewal. A tester joining on 20 April would be set up with Visual Studio on that date; would it still work for him on 20 April?");

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2025, 4, 20)), (question.Kind, question.CheckDay));
    }
}
