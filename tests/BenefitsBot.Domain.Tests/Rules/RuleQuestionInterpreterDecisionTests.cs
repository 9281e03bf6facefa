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

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

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

    [Theory]
    [InlineData("sv", "Vi har bestämt oss för att inte förnya. Vi gick med den 25 mars 2021. Till när kan våra två kodare använda Visual Studio?")]
    [InlineData("nl", "Lid sinds 25 maart 2021; het bestuur heeft besloten om het niet te doen. Tot wanneer kunnen onze twee programmeurs Visual Studio gebruiken?")]
    [InlineData("zh-TW", "我們2021年3月25日加入，老闆決定不續約。兩位工程師的 Visual Studio 最晚用到幾號？")]
    public void Interpret_DecisionNotToRenewInOtherWords_ThisYearsAnniversary(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2025, 3, 25)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_LapseLetHappenAtAnAnniversaryWhoseDaysAreOver_ThatAnniversary()
    {
        var question = Interpret("en", "Signed up on 1 February 2021; this year we let it lapse at the anniversary. Is reactivating still possible today?");

        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2025, 2, 1)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "The membership expired on 1 March. Can the new consultant still have Visual Studio set up for her next week?")]
    [InlineData("en", "Our renewal never went through; it was due 1 March. Nadia still has VS on her laptop. Will it keep working next week?")]
    [InlineData("sv", "Förnyelsen har inte gjorts och årsdagen var 1 mars. Kan vi ge nyanställda Visual Studio nästa vecka?")]
    public void Interpret_ExpiryOrMissedRenewalToldAndVisualStudioAsked_UserAssignedBenefits(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2025, 3, 1)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_RenewalDateAndRenewingAskedWithoutVisualStudio_RenewalWindow()
    {
        var question = Interpret("en", "Partners since 2012, renewal date 2 March. Was away for a while; is renewing today still an option?");

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 3, 2)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Ana's VS subscription was Tom's before; we handed it over to her on 10 February 2025. She works in finance now. Can it go to Lee today?")]
    [InlineData("sv", "Anas VS-prenumeration var Toms förut; vi flyttade den till henne 2025-02-10. Hon jobbar nu på ekonomi. Får den gå vidare till Lee idag?")]
    [InlineData("nl", "Het VS-abonnement van Ana was eerst van Tom; we hebben het op 10-02-2025 aan haar gegeven. Ze werkt nu bij sales. Kan het vandaag naar Lee?")]
    public void Interpret_SubscriptionMovedToItsHolderAndGoingOnAsked_VisualStudioReassignmentFromHerAssignment(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 2, 10)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_PlannedMoveToSomeoneElse_NotTheAssignment()
    {
        var question = Interpret("en", "Tom got the VS subscription on 3 January 2025. Would it be fine to transfer it to Lee on 20 March?");

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 1, 3), new DateOnly(2025, 3, 20)), (question.Kind, question.AnchorDate!.Value, question.CheckDay));
    }

    [Fact]
    public void Interpret_ReplacementAskedForAndReceivedInTheNextClause_AlreadyReplaced()
    {
        var question = Interpret("en", "The token went onto a customer's tenant on 1 March. We requested a replacement that same day and received one. Is one more possible?");

        Assert.True(question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Fact]
    public void Interpret_ReplacementAskedForInOneSentenceAndTokenReceivedInTheNext_NotAlreadyReplaced()
    {
        var question = Interpret("en", "Is a replacement token possible for us? We got the original one on 1 March.");

        Assert.False(question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Fact]
    public void Interpret_ChineseThisDayNextYearAsked_ThatDayChecked()
    {
        var question = Interpret("zh-TW", "金鑰是3月3日兌換的，到明年的今天是否仍然有效？");

        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2026, 3, 12)), (question.Kind, question.CheckDay));
    }

    [Fact]
    public void Interpret_DutchEverythingBackAskedVerbFirst_GracePeriod()
    {
        var question = Interpret("nl", "Per 1 maart is de competentie verlopen. We betalen pas vrijdag. Krijgen we alles dan weer terug?");

        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2025, 3, 1)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("nl", "Jubileum van de competentie: 20 oktober 2020. Hoe lang duurt de verlenging voor ons?")]
    [InlineData("en", "Our competency anniversary was 20 October 2020. Did it get pushed back to 2021?")]
    public void Interpret_ExtensionRunningOrPushedBackWithAnAnniversaryInTheRange_CovidExtension(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal(RuleKind.CovidExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "We got our competency on 18 February 2021 and didn't renew it this year. Until when could we get it back?")]
    [InlineData("sv", "Vi tog kompetensen den 18 februari 2021 och förnyade inte i år. Till när går den att återaktivera?")]
    public void Interpret_CompetencyGotOnADate_ItsStartCountsToThisYearsAnniversary(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2025, 2, 18)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_SwedishGetBackWithTheSubjectBetween_GracePeriod()
    {
        var question = Interpret("sv", "Medlemskapet gick ut 1 mars. Får vi tillbaka kompetensen när fakturan betalas?");

        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
    }

    [Fact]
    public void Interpret_ChineseNamedDayRestatedWithItsYearInBrackets_TheBracketedDay()
    {
        var question = Interpret("zh-TW", "聖誕節那天加入（2016年12月25日），這個月能辦續約嗎？");

        Assert.Equal((new DateOnly(2024, 12, 25), DateRole.Anniversary), (question.AnchorDate!.Value, question.AnchorRole));
    }

    [Theory]
    [InlineData("en", "Tom had the VS subscription since 5 January 2024. He left on 30 April; on 2 May 2024 it was assigned to Lee. Lee now moves to sales. From when can it move on?")]
    [InlineData("sv", "Tom hade VS-prenumerationen sedan 2024-01-05. Han slutade i april och den tilldelades Lee 2024-05-02. Nu går Lee till sälj. När kan den flyttas vidare?")]
    public void Interpret_SubscriptionAssignedToOneAfterAnother_TheLatestAssignment(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2024, 5, 2)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_AssignmentAskedAbout_NotTheLatestAssignment()
    {
        var question = Interpret("en", "Tom has held the VS subscription since 3 January 2025 (I assigned it). Can I assign it to Lee on 10 March?");

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 1, 3)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Action Pack purchased 1 March 2022. Last week half of the renewal was paid. Are we still in the window today?")]
    [InlineData("zh-TW", "Action Pack 是2022年3月1日買的，今年的續約費已經付了一半。今天還在續約期間嗎？")]
    public void Interpret_RenewalPaidInPart_NotPaid(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, false), (question.Kind, question.StatedFacts.RenewalPaid));
    }

    [Theory]
    [InlineData("sv", "Action Pack köptes 1 mars 2022. Är vi fortfarande inom fönstret idag?", RuleKind.RenewalWindow)]
    [InlineData("nl", "Action Pack gekocht op 01-03-2022. Vallen we vandaag nog binnen dat venster?", RuleKind.RenewalWindow)]
    [InlineData("sv", "Årsdagen var 1 mars och ingen betalade. Får vi tillbaka förmånerna om fakturan betalas nu?", RuleKind.GracePeriodEnd)]
    [InlineData("en", "Anniversary was 1 March, unpaid since. If we settle now, do we get back in?", RuleKind.GracePeriodEnd)]
    public void Interpret_WindowOrGettingBackInOtherWords_ThatRule(string language, string text, RuleKind expected)
    {
        var question = Interpret(language, text);

        Assert.Equal(expected, question.Kind);
    }

    [Fact]
    public void Interpret_SwedishShouldStillWorkToday_AsksYesOrNo()
    {
        var question = Interpret("sv", "Vi förnyade inte, förnyelsedatum 1 mars. Borde utvecklarnas VS fortfarande gå att använda idag?");

        Assert.True(question.AsksEligibility);
    }

    [Fact]
    public void Interpret_DepartureBesideAVisualStudioUseQuestion_UserAssignedBenefits()
    {
        var question = Interpret("nl", "Er is niets verlengd en de collega die dit regelde is vertrokken. Jubileum was 1 maart. Werken de VS-abonnementen volgende week nog?");

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2025, 3, 1)), (question.Kind, question.AnchorDate!.Value));
    }
}
