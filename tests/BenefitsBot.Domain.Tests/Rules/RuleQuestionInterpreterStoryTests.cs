using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Stories with more than one date, read with the real recognizer: a date taken back right before the one that corrects it, or
/// given to another event; a subscription that moved on to a next holder; joining the network beside a purchase; the renewal ahead;
/// and yes/no asked in chat shorthand, without inverting.
/// </summary>
public sealed class RuleQuestionInterpreterStoryTests
{
    private static readonly DateOnly Today = new(2025, 6, 18);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    [Theory]
    [InlineData("en", "Our tester activated the cloud token on May 2, no, May 7 2025. Last day to ask for a new one?")]
    [InlineData("en", "Our tester activated the cloud token on May 2 2025, actually May 7. Last day to ask for a new one?")]
    [InlineData("sv", "Testaren aktiverade molntoken 2 maj 2025, eller nej, 7 maj. Sista dag att be om en ny?")]
    [InlineData("nl", "Onze tester activeerde het cloudtoken op 02-05-2025, of nee, 07-05-2025. Tot wanneer kunnen we een vervangend token aanvragen?")]
    [InlineData("zh-TW", "測試人員在2025年5月2日啟用了雲端權杖，其實是5月7日。最晚哪天可以申請新的？")]
    public void Interpret_DateCorrectedRightAfterIt_CorrectedDay(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.ReplacementTokenDeadline, new DateOnly(2025, 5, 7)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "The seat went to our designer yesterday. No, the day before yesterday. When may it move to someone else?", 16)]
    [InlineData("nl", "De licentie ging gisteren naar onze ontwerper. Nee, eergisteren. Wanneer mag hij naar iemand anders?", 16)]
    public void Interpret_RelativeDayTakenBackInTheNextSentence_CorrectedDay(string language, string text, int day)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 6, day)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Our order went in on 2025-03-12 (invoice no. 20250301). What is the last day for a refund?")]
    [InlineData("en", "We bought the pack on 2025-03-12, no software was activated since. What is the last day for a refund?")]
    public void Interpret_NoAsAnAbbreviationOrADeterminer_NoCorrection(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RefundDeadline, new DateOnly(2025, 3, 12)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "We purchased the membership on 10 March 2024... no wait, that's when legal approved it. The purchase went through on 14 March 2024. When does this year's renewal window close?")]
    [InlineData("sv", "Vi köpte medlemskapet 10 mars 2024, nej förresten, då skrev juristen på. Köpet gick igenom 14 mars 2024. När stänger årets förnyelsefönster?")]
    [InlineData("nl", "We kochten het lidmaatschap op 10 maart 2024, nee wacht, toen keurde juridische zaken het goed. De aankoop was op 14 maart 2024. Wanneer sluit het verlengingsvenster van dit jaar?")]
    [InlineData("zh-TW", "我們是2024年3月10日買會員資格的……不對，3/10是法務核准日，實際購買是2024年3月14日。今年的續約期間到哪天？")]
    public void Interpret_DateGivenToAnotherEventAfterACorrectionWord_TheOtherDate(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2024, 3, 14)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Our admin activated the Azure token on 2 June 2025, after it was postponed to 9 June. Until when can we get a replacement?")]
    [InlineData("sv", "Vi skulle aktivera Azure-token 2 juni 2025 men det blev flyttat till 9 juni. Till när kan vi få en ersättningstoken?")]
    [InlineData("nl", "We zouden het Azure-token op 02-06-2025 activeren, maar dat is verschoven naar 09-06-2025. Tot wanneer kunnen we een vervangend token krijgen?")]
    [InlineData("zh-TW", "Azure 權杖原本2025年6月2日要啟用，後來改到6月9日才啟用。最晚哪天可以申請替換權杖？")]
    public void Interpret_DayMovedToAnother_TheLaterDay(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.ReplacementTokenDeadline, new DateOnly(2025, 6, 9)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Our partnership first started on 3/4/2021 and we let it lapse this year. Until when can the developers use Visual Studio?")]
    [InlineData("sv", "Partnerskapet startade 4 mars 2021 och i år lät vi det gå ut. Till när kan utvecklarna använda Visual Studio?")]
    [InlineData("nl", "Het partnerschap is gestart op 04-03-2021 en dit jaar hebben we het laten verlopen. Tot wanneer kunnen de developers Visual Studio gebruiken?")]
    [InlineData("zh-TW", "合作夥伴資格是2021年3月4日開始的，今年我們讓它過期了。開發人員的 Visual Studio 可以用到哪天？")]
    public void Interpret_MembershipStartDayAndALapseThisYear_ThisYearsAnniversary(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2025, 3, 4)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "We will redeem the Visio key on 3 August. Until when can we use it?")]
    [InlineData("sv", "Vi ska lösa in Visio-nyckeln 3 augusti. Till när kan vi använda den?")]
    [InlineData("nl", "We gaan de Visio-sleutel op 3 augustus inwisselen. Tot wanneer kunnen we hem gebruiken?")]
    [InlineData("zh-TW", "我們預計8月3日兌換Visio金鑰，可以用到哪天？")]
    public void Interpret_PlannedEventOnAYearlessDay_TheComingDay(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2025, 8, 3)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Our anniversary was 31 August 2024 and nobody renewed. We were going to pay on 10 September, in the end it slipped to 8 October. Could it be reactivated with a payment on 8 October?")]
    [InlineData("zh-TW", "週年日2024年8月31日那次沒續約。原先打算在9月10日付款，最後拖到了10月8日。10月8日付還能恢復嗎？")]
    public void Interpret_PlanGivenUpThenAnotherDayAsked_TheDayAsked(string language, string text)
    {
        var question = Interpret(language, text);

        // The day asked, 8 October (the one ahead of today), not the plan given up, 10 September.
        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2025, 10, 8)), (question.Kind, question.CheckDay));
    }

    [Theory]
    [InlineData("sv", "I ärendet från 2024-05-03 står det att kollegan löste in nyckeln \"i förrgår\". Till när gäller den?")]
    [InlineData("nl", "In het ticket van 2024-05-03 staat dat een collega de sleutel \"eergisteren\" heeft ingewisseld. Tot wanneer werkt hij?")]
    [InlineData("zh-TW", "2024/5/3 的舊工單裡記錄，金鑰是「前天」由同事兌換的。可以用到哪天？")]
    public void Interpret_EventQuotedFromADatedNote_TheQuotedDayNotTheNotes(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2024, 5, 1)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Finance wants to renew the Action Pack already today, Wednesday. We bought it on 2023-04-10. Can we?")]
    [InlineData("sv", "Ekonomi vill förnya vårt Action Pack redan idag, onsdag. Köpet gjordes 2023-04-10. Går det?")]
    [InlineData("nl", "Finance wil vandaag, woensdag, al ons Action Pack verlengen. Gekocht op 10-04-2023. Kan dat?")]
    public void Interpret_RenewingEarlyTodayWithItsWeekday_ComingWindowNotYetOpen(string language, string text)
    {
        var question = Interpret(language, text);

        // Today's weekday is today again, not an anniversary; renewing "already" after the last window closed asks about the coming one.
        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2026, 4, 10), true), (question.Kind, question.AnchorDate!.Value, question.AsksEligibility));
    }

    [Theory]
    [InlineData("en", "We bought the Action Pack on 10 July 2023. Finance wants to renew it on Friday 27 June, is that possible?", 7)]
    [InlineData("nl", "We kochten het Action Pack op 10 juli 2023. Finance wil het op vrijdag 27 juni verlengen, lukt dat?", 7)]
    [InlineData("en", "We bought the Action Pack on 10 April 2023. We missed this year's window. Can we still renew on Friday 27 June?", 4)]
    public void Interpret_RenewingOnADayAheadAfterTheLastWindowClosed_TheNearerWindow(string language, string text, int month)
    {
        var question = Interpret(language, text);

        // 27 June lies 14 days before the July window opens and 322 days after last July's closed: the coming one is meant. The
        // April window closed 48 days before it, nearer than next April's opening: it stays (the third line).
        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, month, 10)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("sv", "Vi köpte paketet 3 maj 2024. Jag vill förnya idag, funkar det?")]
    [InlineData("sv", "Vi köpte paketet 3 maj 2024 och vill förnya på fredag. Är fönstret öppet då?")]
    public void Interpret_TagQuestionOrVerbFirstWithANoun_AsksYesOrNo(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, true), (question.Kind, question.AsksEligibility));
    }

    [Theory]
    [InlineData("en", "We typed the Office code into the admin portal on 3 June 2025. Until when does it work?", RuleKind.KeyUsableUntil)]
    [InlineData("sv", "Vi köpte paketet 3 juni 2025 och har inte aktiverat något. Får vi tillbaka pengarna om vi skickar tillbaka det?", RuleKind.RefundDeadline)]
    public void Interpret_RuleToldByWhatHappened_ThatRule(string language, string text, RuleKind kind)
    {
        var question = Interpret(language, text);

        Assert.Equal((kind, new DateOnly(2025, 6, 3)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "My manager thinks we redeemed the Visio key on 20 May 2024, but the portal says 2 May 2024. Does it still work today?")]
    [InlineData("sv", "Chefen tror att vi löste in Visio-nyckeln 20 maj 2024, men i portalen står det 2 maj 2024. Fungerar den fortfarande idag?")]
    [InlineData("nl", "Mijn manager denkt dat we de Visio-sleutel op 20-05-2024 hebben ingewisseld, maar in de portal staat 02-05-2024. Werkt hij vandaag nog?")]
    [InlineData("zh-TW", "主管以為我們2024年5月20日兌換了Visio金鑰，但我查入口網站是2024年5月2日。今天還能用嗎？")]
    public void Interpret_DateSaidByOthersAndTheRecordSaysAnother_TheRecordedDay(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2024, 5, 2), true), (question.Kind, question.AnchorDate!.Value, question.AsksEligibility));
    }

    [Theory]
    [InlineData("en", "The VS Enterprise sub was assigned to Lena on 3 January 2025, then reassigned to Omar on 4 April 2025 when Lena moved abroad. From when can Omar's go to someone else?")]
    [InlineData("sv", "VS Enterprise-prenumerationen tilldelades Lena 3 januari 2025 och sedan Omar 4 april 2025. Från när kan den gå vidare till någon annan?")]
    [InlineData("nl", "Het VS-abonnement is op 03-01-2025 aan Lena toegewezen en daarna op 04-04-2025 aan Omar. Vanaf wanneer mag het naar iemand anders?")]
    [InlineData("zh-TW", "這個VS訂閱2025/1/3指派給Lena，2025/4/4改指派給Omar。最早哪天可以再轉給別人？")]
    public void Interpret_SubscriptionMovedOnToANextHolder_LatestAssignment(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 4, 4)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_HolderMovedToAnotherTeamOnALaterDay_AssignmentDay()
    {
        var question = Interpret("en", "I assigned a VS subscription to Lena on 3 January 2025. She moved to the support team on 4 April 2025 and no longer needs it. From when can it go to Omar?");

        Assert.Equal(new DateOnly(2025, 1, 3), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "We joined MPN on 9/2/2021 and bought the Action Pack on 10/5/2021. When does this year's renewal window close?")]
    [InlineData("sv", "Vi gick med i MPN 2021-09-02 men köpte Action Pack 5 oktober 2021. När stänger årets förnyelsefönster?")]
    [InlineData("nl", "We zijn op 02-09-2021 lid geworden van MPN en kochten het Action Pack op 05-10-2021. Wanneer sluit het verlengingsvenster van dit jaar?")]
    [InlineData("zh-TW", "我們2021年9月2日加入MPN，行動套件是2021年10月5日買的。今年的續約期間到哪天？")]
    public void Interpret_JoinedTheNetworkAndBoughtThePackage_PurchaseDay(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 10, 5)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "We bought the Action Pack on 20 July 2023. What are the dates for the upcoming renewal?")]
    [InlineData("sv", "Vi köpte Action Pack 20 juli 2023. Vilka datum gäller för den kommande förnyelsen?")]
    [InlineData("nl", "We kochten het Action Pack op 20 juli 2023. Welke data gelden voor de komende verlenging?")]
    [InlineData("zh-TW", "我們2023年7月20日買了行動套件。下次續約期間是哪幾天？")]
    public void Interpret_RenewalAheadAskedAfterTheLastWindowClosed_ComingAnniversary(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 7, 20)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "The membership was bought in 2022; its anniversary was the 3rd of last month and nobody paid. Can we still pay today to make it active again?")]
    [InlineData("nl", "Het lidmaatschap is in 2022 gekocht; de jubileumdatum was de 3e van vorige maand en niemand betaalde. Is het weer actief te krijgen als we vandaag betalen?")]
    [InlineData("zh-TW", "會員資格是2022年買的，週年日是上個月3號，沒有人付款。今天付款還能恢復嗎？")]
    public void Interpret_DayToldFromTodayBesideAYear_MonthCountedFromToday(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2025, 5, 3), true), (question.Kind, question.AnchorDate!.Value, question.AsksEligibility));
    }

    [Theory]
    [InlineData("en", "office key redeemed 7/1/2024 still valid today")]
    [InlineData("sv", "office nyckeln inlöst 1 juli 2024 giltig fortf idag")]
    [InlineData("nl", "office key ingewisseld 01-07-2024 nog geldig vandaag")]
    public void Interpret_ChatShorthandWithoutQuestionMark_AsksYesOrNo(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2024, 7, 1), true), (question.Kind, question.AnchorDate!.Value, question.AsksEligibility));
    }

    [Theory]
    [InlineData("en", "office key redeemed 7/1/2024, how long is it valid")]
    [InlineData("en", "We redeemed the office key on 7/1/2024 and it still works today. Until when does it keep working?")]
    public void Interpret_StatementOrOpenQuestionWithStill_NoYesOrNo(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.False(question.AsksEligibility);
    }
}
