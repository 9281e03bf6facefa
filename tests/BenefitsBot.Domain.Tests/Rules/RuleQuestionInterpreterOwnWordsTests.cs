using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Events told in people's own words rather than the articles' terms (a voucher used, the yearly fee paid, a subscription got going,
/// a token linked to the wrong directory), requests to be told rather than yes/no questions, and dates whose role phrase stands apart
/// from them: a role phrase with its own date right after it, a date restated after a comma.
/// </summary>
public sealed class RuleQuestionInterpreterOwnWordsTests
{
    private static readonly DateOnly Today = new(2024, 6, 25);

    private readonly RuleQuestionInterpreter interpreter = new();

    [Theory]
    [InlineData("en", "Our Project voucher got used on 2 March. How long does it stay valid?", "2 March")]
    [InlineData("sv", "Vi använde vouchern för Visio den 2 mars. Hur länge gäller den?", "den 2 mars")]
    [InlineData("nl", "De code voor Visio is op 2 maart geclaimd. Tot wanneer werkt hij?", "op 2 maart")]
    [InlineData("sv", "Visio-koden knappade jag in den 2 mars. Hur länge gäller den?", "den 2 mars")]
    public void Interpret_VoucherOrCodeUsed_KeyFromThatDay(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-03-02")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2024, 3, 2), DateRole.Redemption), (question.Kind, question.AnchorDate!.Value, question.AnchorRole));
    }

    [Theory]
    [InlineData("Onze competentie had haar jubileumdatum op 3 september 2020. Kwamen we in aanmerking voor de verlenging?")]
    [InlineData("Jubileumdatum 3 september 2020: hebben we toen de verlenging gekregen, en tot wanneer?")]
    public void Interpret_DutchExtensionQualifiedForOrGiven_CovidExtension(string text) =>
        Assert.Equal(RuleKind.CovidExtension, InterpretedQuestion.Of("nl", text, Today).Kind);

    [Theory]
    [InlineData("我們2024年6月10日買了套件，什麼都還沒用，錢拿得回來嗎？")]
    [InlineData("套件是2024年6月10日買的，想把錢要回來，還來得及嗎？")]
    public void Interpret_ChineseMoneyBack_RefundFromThePurchase(string text)
    {
        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "2024年6月10日", "2024-06-10")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.RefundDeadline, new DateOnly(2024, 6, 10)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Purchased on 3 July 2023. Finance would like our membership extended in July; when is that possible?", "3 July 2023")]
    [InlineData("en", "Purchased on 3 July 2023. When can we pay the annual fee?", "3 July 2023")]
    [InlineData("sv", "Köpt 3 juli 2023. När kan vi betala årsavgiften?", "3 juli 2023")]
    [InlineData("sv", "Vi köpte paketet 3 juli 2023. Från när kan vi förlänga?", "3 juli 2023")]
    [InlineData("nl", "Jubileum op 3 juli 2024. Kunnen we volgende week nog de contributie betalen?", "3 juli 2024")]
    [InlineData("zh-TW", "週年日是2024年7月3日，下週再繳年費還來得及嗎？", "2024年7月3日")]
    [InlineData("en", "Purchased on 3 July 2023. From which day can we pay for the new year?", "3 July 2023")]
    [InlineData("en", "Purchased on 3 July 2023. Which days work for this year's payment?", "3 July 2023")]
    [InlineData("sv", "Köpt 3 juli 2023. När kan vi betala årets avgift?", "3 juli 2023")]
    [InlineData("nl", "Gekocht op 3 juli 2023. Wanneer kunnen we de jaarlijkse betaling doen?", "3 juli 2023")]
    [InlineData("zh-TW", "我們2023年7月3日買的，今年的年費哪天可以付？", "2023年7月3日")]
    [InlineData("zh-TW", "我們2023年7月3日買的，今年的續約日快到了，可以先把續約費付掉嗎？", "2023年7月3日")]
    [InlineData("en", "Purchased on 3 July 2023. Finance asks from which day to which day they can pay for it.", "3 July 2023")]
    [InlineData("sv", "Köpt 3 juli 2023. Ekonomi undrar från vilken dag till vilken de kan betala.", "3 juli 2023")]
    [InlineData("nl", "Gekocht op 3 juli 2023. Van welke dag tot welke dag kan finance betalen?", "3 juli 2023")]
    public void Interpret_MembershipExtendedOrYearlyFeePaid_RenewalWindow(string language, string text, string surface)
    {
        var date = surface.Contains("2023", StringComparison.Ordinal) ? "2023-07-03" : "2024-07-03";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, date)], Today);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
    }

    [Fact]
    public void Interpret_SendingItBackAfterAChangeOfMind_Refund()
    {
        const string text = "Action Pack ordered 12 June. Should we change our minds, what is the last day to send it back?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "12 June", "2024-06-12")], Today);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RefundDeadline, question.Kind);
    }

    [Theory]
    [InlineData("en", "Anniversary was 10 June. How long do the developers have to get Visual Studio going?", "10 June")]
    [InlineData("sv", "Årsdatum 10 juni. Hur länge kan utvecklarna komma igång med Visual Studio?", "10 juni")]
    [InlineData("en", "We let the membership lapse on 10 June. Our new tester needs Visual Studio; until when is that possible?", "10 June")]
    [InlineData("sv", "Vi förnyade inte, årsdatum 10 juni. Nya praktikanten behöver Visual Studio, hur länge går det?", "10 juni")]
    [InlineData("nl", "We verlengen niet, de jaardag was 10 juni. De nieuwe tester heeft Visual Studio nodig, tot wanneer kan dat?", "10 juni")]
    [InlineData("zh-TW", "我們不續約了，週年日是6月10日。工程師的 Visual Studio 還能用到哪一天？", "6月10日")]
    [InlineData("en", "Visual Studio comes with our membership, whose anniversary was 10 June. How long can a colleague still activate a subscription?", "10 June")]
    [InlineData("sv", "Visual Studio ingår i medlemskapet och årsdagen var 10 juni. Hur länge kan en kollega aktivera sin prenumeration?", "10 juni")]
    [InlineData("en", "The anniversary was 10 June and we won't renew. Until which day do the devs still have Visual Studio?", "10 June")]
    [InlineData("en", "The anniversary was 10 June and we stopped paying. Visual Studio still works for the team; until when?", "10 June")]
    [InlineData("sv", "Årsdagen var 10 juni och vi förnyar inte. Hur länge har vi kvar Visual Studio i teamet?", "10 juni")]
    [InlineData("nl", "De jaardag was 10 juni en we verlengen niet. Hoe lang kan het team nog met Visual Studio werken?", "10 juni")]
    [InlineData("zh-TW", "週年日6月10日過了，我們不續約，團隊還在用 Visual Studio，最晚可以用到什麼時候？", "6月10日")]
    public void Interpret_GettingVisualStudioGoing_UserAssignedBenefits(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-06-10")], Today);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.UserAssignedBenefitExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "Our yearly date is 2 March. When can we renew?", "2 March")]
    [InlineData("nl", "Onze verlengdatum is 2 maart. Van wanneer tot wanneer kunnen we verlengen?", "2 maart")]
    [InlineData("nl", "De jaardag is 2 maart. Wanneer kunnen we verlengen?", "2 maart")]
    [InlineData("zh-TW", "我們的年度日期是3月2日。續約期間是什麼時候？", "3月2日")]
    public void Interpret_YearlyDateInOtherWords_TheAnniversary(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-03-02")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2024, 3, 2)), (question.Kind, question.AnchorDate));
        Assert.NotEqual(DateRole.Purchase, question.AnchorRole);
    }

    [Theory]
    // Nobody paid and the membership is to be saved: the grace period.
    [InlineData("en", "The anniversary was 2 March and nobody paid. How long do we have to save the membership?", "2 March", "2024-03-02", RuleKind.GracePeriodEnd)]
    [InlineData("sv", "Årsdagen var 2 mars och ingen betalade förnyelsen. Till när kan vi rädda medlemskapet?", "2 mars", "2024-03-02", RuleKind.GracePeriodEnd)]
    [InlineData("nl", "De jaardag was 2 maart en niemand heeft betaald. Hoe lang hebben we om het lidmaatschap te redden?", "2 maart", "2024-03-02", RuleKind.GracePeriodEnd)]
    [InlineData("zh-TW", "週年日是3月2日，結果沒人付款。最晚哪天前還能挽救會員資格？", "3月2日", "2024-03-02", RuleKind.GracePeriodEnd)]
    // Not paid in the belief that it had been extended: whether the 2020 extension applies.
    [InlineData("en", "Our anniversary was 3 November 2020 and we didn't pay, because we thought it had been extended. Is that right?", "3 November 2020", "2020-11-03", RuleKind.CovidExtension)]
    [InlineData("sv", "Årsdagen var 3 november 2020 och vi betalade inte, eftersom vi antog att den hade förlängts. Stämmer det?", "3 november 2020", "2020-11-03", RuleKind.CovidExtension)]
    [InlineData("nl", "De jaardag was 3 november 2020 en we hebben niet betaald, omdat we dachten dat hij verlengd was. Klopt dat?", "3 november 2020", "2020-11-03", RuleKind.CovidExtension)]
    [InlineData("zh-TW", "週年日是2020年11月3日，我們沒付款，因為以為會自動延長。是這樣嗎？", "2020年11月3日", "2020-11-03", RuleKind.CovidExtension)]
    // Activated by a slip, or as new seats instead of an extension (the article's cases): a replacement token.
    [InlineData("en", "We activated the Dynamics code on the wrong environment by mistake on 2 March. Until when can that be fixed?", "2 March", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    [InlineData("sv", "Vi aktiverade Dynamics-koden av misstag den 2 mars. Till när kan det rättas?", "den 2 mars", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    [InlineData("nl", "We hebben de Dynamics-code op 2 maart per ongeluk geactiveerd. Tot wanneer kan dat rechtgezet worden?", "op 2 maart", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    [InlineData("zh-TW", "我們3月2日不小心啟用了 Dynamics 代碼，最晚哪天前可以處理？", "3月2日", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    [InlineData("zh-TW", "我們3月2日啟用代碼，結果多了幾個席次，不是延長訂閱。最晚哪天前可以處理？", "3月2日", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    // A token on someone else's tenant: a replacement token.
    [InlineData("en", "Our cloud token landed on a customer's tenant on 2 March. Until when can we get a new one?", "2 March", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    [InlineData("sv", "Token kopplades till kundens tenant den 2 mars. Till när kan vi få en ny?", "den 2 mars", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    [InlineData("nl", "Ons token is op 2 maart op de tenant van een klant beland. Tot wanneer kunnen we een nieuwe krijgen?", "op 2 maart", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    [InlineData("zh-TW", "我們的權杖3月2日被啟用到客戶的租用戶，最晚哪天前可以申請？", "3月2日", "2024-03-02", RuleKind.ReplacementTokenDeadline)]
    // The money wanted back: a refund.
    [InlineData("sv", "Vi köpte paketet 2 mars och vill ha tillbaka pengarna. Till när går det?", "2 mars", "2024-03-02", RuleKind.RefundDeadline)]
    public void Interpret_SituationInOwnWords_TheRuleItDescribes(string language, string text, string surface, string isoDate, RuleKind expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, isoDate)], Today);

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
    }

    [Fact]
    public void Interpret_SwedishKeyNotRedeemedUntilALaterDay_ThatDay()
    {
        const string text = "Nyckeln löstes först in 9 mars, fast paketet kom redan 1 mars. Hur länge gäller den?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "1 mars", "2024-03-01"), Mentions.Day(text, "9 mars", "2024-03-09")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2024, 3, 9)), (question.Kind, question.AnchorDate));
    }

    [Fact]
    public void Interpret_SwedishTokenLinkedToTheWrongDirectory_ReplacementToken()
    {
        const string text = "Den aktiverades den 10 juni men hamnade i fel katalog. När måste vi be om en ny?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "den 10 juni", "2024-06-10")], Today);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.ReplacementTokenDeadline, question.Kind);
    }

    [Fact]
    public void Interpret_SomeoneAskedToTellTheDates_NoYesNo()
    {
        const string text = "Can somebody tell me the exact dates for renewing? Our start date was 12 June 2023.";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "12 June 2023", "2023-06-12")], Today);

        Assert.NotNull(question);
        Assert.False(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "This year's renewal is already paid (it went through on 14 May). We joined on 9 May 2021. When is the next window?", "14 May", "9 May 2021")]
    [InlineData("sv", "Förnyelsen för i år är redan betald, den gick igenom 14/5. Vi gick med 9 maj 2021. När öppnar nästa fönster?", "14/5", "9 maj 2021")]
    [InlineData("nl", "De verlenging is op 14 mei al betaald. Lid sinds 9 mei 2021. Wanneer is het volgende venster?", "op 14 mei", "9 mei 2021")]
    public void Interpret_DayTheRenewalWasPaid_CycleFromTheOtherDate(string language, string text, string paid, string joined)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, paid, "2024-05-14"), Mentions.Day(text, joined, "2021-05-09")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 5, 9)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_DutchSomeoneAskedToCheckTheDates_NoYesNo()
    {
        const string text = "Kan iemand even nagaan tot wanneer de sleutel werkt? Ingewisseld op 12 juni 2023.";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "op 12 juni 2023", "2023-06-12")], Today);

        Assert.NotNull(question);
        Assert.False(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "The VS went to Lea on 2 February. Fine for us to hand it to Sam this week?", "2 February")]
    [InlineData("nl", "De VS ging op 2 februari naar Lea. Als we hem deze week aan Sam geven kan dat dan nog?", "op 2 februari")]
    public void Interpret_OkToAskedOrConditionThenInvertedVerb_AsksYesNo(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-02-02")], Today);

        Assert.NotNull(question);
        Assert.True(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "Anniversary 10 June; we already re-upped for this cycle. When can we renew next?", "10 June")]
    [InlineData("en", "Member since: 10-6-2021 | Renewal 2024: paid\nWhen does the next window open?", "10-6-2021")]
    [InlineData("nl", "Lid sinds: 10-6-2021 | Verlenging 2024: betaald\nWanneer kunnen we daarna weer verlengen?", "10-6-2021")]
    [InlineData("sv", "Medlem sedan: 10-6-2021 | Förnyelse 2024: betald\nNär öppnar nästa fönster?", "10-6-2021")]
    [InlineData("en", "Member since 10-6-2021 and this year's fee has already been paid. When does the next window open?", "10-6-2021")]
    [InlineData("sv", "Medlem sedan 10-6-2021 och årets avgift är redan betald. När öppnar nästa fönster?", "10-6-2021")]
    [InlineData("nl", "Lid sinds 10-6-2021 en de betaling voor dit jaar is al voldaan. Wanneer kunnen we daarna weer verlengen?", "10-6-2021")]
    [InlineData("zh-TW", "我們10-6-2021加入，今年的年費已經付了。下一次續約是什麼時候？", "10-6-2021")]
    public void Interpret_RenewalToldPaidInOtherWords_RenewalPaid(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, surface.Contains('-', StringComparison.Ordinal) ? "2021-06-10" : "2024-06-10")], Today);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.RenewalPaid);
    }

    [Fact]
    public void Interpret_ReUppedThisCycle_RenewalWindowOfTheNextCycle()
    {
        const string text = "Anniversary is 4 May and we re-upped for this cycle already. When can we pay another year next time?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "4 May", "2024-05-04")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 5, 4)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "The VS was assigned to Lea on 2 February. Moving it to Sam this week. Allowed?", "2 February")]
    [InlineData("sv", "VS tilldelades Lea den 2 februari. Flyttar den till Sam den här veckan. Tillåtet?", "den 2 februari")]
    [InlineData("nl", "De VS is op 2 februari aan Lea toegewezen. Deze week zetten we hem over naar Sam. Toegestaan?", "op 2 februari")]
    public void Interpret_VerdictAskedInOneWord_AsksYesNo(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-02-02")], Today);

        Assert.NotNull(question);
        Assert.True(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "We ordered it and paid by card on 3 June (950 EUR), and the invoice arrived on 10 June. By when could we cancel with a refund?", "3 June", "10 June")]
    [InlineData("sv", "Paketet köptes 3 juni och fakturan kom 10 juni, på 950 euro. Hur länge kan vi ångra oss och få pengarna tillbaka?", "3 juni", "10 juni")]
    public void Interpret_DayTheInvoiceArrived_NotThePurchase(string language, string text, string bought, string invoiced)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, bought, "2024-06-03"), Mentions.Day(text, invoiced, "2024-06-10")], Today);

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 6, 3), question.AnchorDate);
    }

    [Fact]
    public void Interpret_FrontedOpenQuestionBeforeItsVerb_NoYesNo()
    {
        const string text = "Our competency lapsed on 1 June. Up to which date, at the very latest, may we reactivate it?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "1 June", "2024-06-01")], Today);

        Assert.NotNull(question);
        Assert.False(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "Assigned to Ana on 1 April. Can I reassign it twelve days from now?", "twelve days from now")]
    [InlineData("nl", "Verlopen op 1 juni. We kunnen pas over twaalf dagen betalen. Redden we dat nog?", "over twaalf dagen")]
    public void Interpret_DayCountedFromToday_TheDayAsked(string language, string text, string asked)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, language == "en" ? "1 April" : "1 juni", language == "en" ? "2024-04-01" : "2024-06-01"), Mentions.Day(text, asked, "2024-07-07")], Today);

        Assert.NotNull(question);
        Assert.Equal((true, new DateOnly(2024, 7, 7)), (question.AsksEligibility, question.CheckDay));
    }

    [Theory]
    [InlineData("en", "On 3 June the token went into a test tenant by mistake. Is it already too late for a replacement token?", "3 June")]
    [InlineData("nl", "Op 3 juni is het token per ongeluk in een testtenant beland. Is het al te laat voor een vervangend token?", "3 juni")]
    [InlineData("sv", "Den 3 juni råkade token kopplas till en testtenant. Är det redan för sent för en ersättningstoken?", "Den 3 juni")]
    public void Interpret_AlreadyTooLate_NoReplacementBefore(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-06-03")], Today);

        Assert.NotNull(question);
        Assert.False(question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Theory]
    [InlineData("en", "Payment for this period cleared on 9 May. Our membership started on 2 May 2019. Which dates does the next window cover?", "2 May 2019", "9 May")]
    [InlineData("sv", "Betalningen för den här perioden gick igenom 9 maj. Medlemskapet startade 2 maj 2019. Vilka datum gäller nästa förnyelsefönster?", "2 maj 2019", "9 maj")]
    [InlineData("nl", "Op 9 mei is de betaling voor deze periode verwerkt. Het lidmaatschap is gestart op 2 mei 2019. Wanneer is het volgende verlengingsvenster?", "op 2 mei 2019", "9 mei")]
    public void Interpret_MembershipStartedOnADay_ThatDayIsThePurchase(string language, string text, string started, string paid)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, paid, "2024-05-09"), Mentions.Day(text, started, "2019-05-02")], Today);

        Assert.NotNull(question);
        Assert.Equal((5, 2), (question.AnchorDate!.Value.Month, question.AnchorDate!.Value.Day));
    }

    [Theory]
    [InlineData("sv", "Vi hade förnyelsedatum 1 maj och Eva aktiverade Visual Studio 20 maj. Låg det inom perioden?", "1 maj")]
    [InlineData("zh-TW", "續約日是5月1日，同事5月20日才啟用 Visual Studio，還算在期限內嗎？", "5月1日")]
    public void Interpret_WithinThePeriodAsked_YesNo(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-05-01")], Today);

        Assert.NotNull(question);
        Assert.True(question.AsksEligibility);
    }

    [Fact]
    public void Interpret_DutchMembershipTakenOutInTheCovidRange_RenewalNotTheExtension()
    {
        const string text = "Ons lidmaatschap is afgesloten per 18 september 2020. Mogen we nu al verlengen?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "18 september 2020", "2020-09-18")], Today);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
    }

    [Fact]
    public void Interpret_DutchMovedToAColleague_Reassignment()
    {
        const string text = "Het abonnement is op 2 februari toegewezen en nooit overgezet. Mag het nu naar een collega?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "op 2 februari", "2024-02-02")], Today);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
    }

    [Fact]
    public void Interpret_RoleWordWithItsOwnDateRightAfter_NotTheDateBefore()
    {
        const string text = "An export made 3 June gives our enrollment renewal date as 15 June. How long can devs still activate VS?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "3 June", "2024-06-03"), Mentions.Day(text, "15 June", "2024-06-15")], Today);

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 6, 15), question.AnchorDate);
    }

    [Fact]
    public void Interpret_DateAloneAfterACommaEndingTheSentence_TakesTheRoleOfTheWordsBefore()
    {
        const string text = "Can Maria's VS go to Tom on 1 July? She got it assigned at our kickoff day, 20 March.";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "1 July", "2024-07-01"), Mentions.Day(text, "20 March", "2024-03-20")], Today);

        Assert.NotNull(question);
        Assert.Equal((new DateOnly(2024, 3, 20), DateRole.Assignment), (question.AnchorDate!.Value, question.AnchorRole));
    }

    [Fact]
    public void Interpret_ChineseReassigningAsked_NotTheAssignment()
    {
        const string text = "3月1日把VS指派給阿明，7月1日可以改指派給別人嗎？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "3月1日", "2024-03-01"), Mentions.Day(text, "7月1日", "2023-07-01")], Today);

        Assert.NotNull(question);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 7, 1)), (question.AnchorDate!.Value, question.CheckDay!.Value));
    }

    [Fact]
    public void Interpret_ChineseThenAfterADay_NoRepeatedReplacement()
    {
        const string text = "這個月3號把token用在錯的租戶，20號再申請換發來得及嗎？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "這個月3號", "2024-06-03"), Mentions.Day(text, "20號", "2024-06-20")], Today);

        Assert.NotNull(question);
        Assert.False(question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Theory]
    [InlineData("nl", "Mijn voorganger kreeg het abonnement op 1 december 2023. Mag ik het nu aan mezelf toewijzen?")]
    [InlineData("en", "My predecessor got the subscription on December 1, 2023. Can I now assign it to myself?")]
    [InlineData("sv", "Min företrädare fick prenumerationen den 1 december 2023. Får jag nu tilldela den till mig själv?")]
    [InlineData("zh-TW", "前任在2023年12月1日拿到這個訂閱，現在可以指派給我自己嗎？")]
    public void Interpret_PredecessorsSubscriptionToMyself_Reassignment(string language, string text)
    {
        var question = InterpretedQuestion.Of(language, text, Today);

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2023, 12, 1), true), (question.Kind, question.AnchorDate!.Value, question.AsksEligibility));
    }
}
