using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Plans and pending things, read with the real recognizer: a renewal told as still unpaid, a lapse told with only the purchase
/// dated, an event planned in a condition, whether it will be extended, the day a renewal was paid set off by a comma, a question
/// right after a condition, getting a lapsed membership back in other words, Visual Studio asked about after a lapse, and a payment
/// date beside the day the membership began.
/// </summary>
public sealed class RuleQuestionInterpreterPlanTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    [Theory]
    [InlineData("en", "We have been partners since 2016 and the anniversary is 2 March. We have not yet paid the renewal for this year. Can we still pay it today?")]
    [InlineData("en", "We have been partners since 2016 and the anniversary is 2 March. This year's renewal isn't paid yet, can we still pay it today?")]
    [InlineData("sv", "Vi har varit partner sedan 2016 och årsdagen är 2 mars. Årets förnyelse är inte betald ännu. Kan vi betala den idag?")]
    [InlineData("nl", "We zijn sinds 2016 partner en de jubileumdatum is 2 maart. De verlenging is nog steeds niet voldaan. Lukt dat vandaag nog?")]
    [InlineData("zh-TW", "我們2016年加入，週年日是3月2日，今年的年費還沒繳。今天繳還可以嗎？")]
    public void Interpret_RenewalToldAsStillUnpaid_RenewalWindow(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 3, 2), true), (question.Kind, question.AnchorDate!.Value, question.AsksEligibility));
    }

    [Fact]
    public void Interpret_UnpaidRenewalOnlySupposed_NotTheRenewalWindow()
    {
        var question = Interpret("en", "renewal date is 2025-03-20. the testers have their VS Enterprise subs. are they ok on 2 april if the renewal is not paid by then?");

        Assert.Equal(RuleKind.UserAssignedBenefitExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "We bought the Action Pack on 20 February 2024 and haven't renewed. If we pay on Friday, are we OK?")]
    [InlineData("sv", "Vi köpte Action Pack den 20 februari 2024 och har inte förnyat. Om vi betalar på fredag, går det bra?")]
    [InlineData("nl", "We kochten het Action Pack op 20 februari 2024 en hebben niet verlengd. Als we vrijdag betalen, is dat dan nog goed?")]
    [InlineData("zh-TW", "我們2024年2月20日買了Action Pack，一直沒續約。如果星期五付款，還可以嗎？")]
    public void Interpret_LapseWithOnlyThePurchaseDated_RenewalWindowCheckedOnThePlannedDay(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, DateRole.Purchase, new DateOnly(2025, 3, 14)), (question.Kind, question.AnchorRole, question.CheckDay));
    }

    [Theory]
    [InlineData("en", "We bought the Action Pack on 20 February 2024 and haven't renewed; it expired. If we pay on Friday, are we OK?")]
    [InlineData("en", "We bought the competency on 2 March 2024 and did not renew. We want to restore it; until when?")]
    [InlineData("en", "We bought the competency on 2 March 2024 and did not renew. We want it back, until when can we pay?")]
    [InlineData("sv", "Vi köpte kompetensen 2 mars 2024 och förnyade inte. Hur länge kan vi återställa den?")]
    [InlineData("nl", "We kochten de competentie op 2 maart 2024 en hebben niet verlengd. Tot wanneer kunnen we hem herstellen?")]
    public void Interpret_LapseWithThePurchaseDatedAndExpiryOrGettingItBackTold_GracePeriod(string language, string text)
    {
        Assert.Equal(RuleKind.GracePeriodEnd, Interpret(language, text).Kind);
    }

    [Theory]
    [InlineData("en", "Our licences run until 30 June. If I redeem the Visio key next Monday, how long will it work?", "2025-03-17")]
    [InlineData("sv", "Om jag löser in Visio-nyckeln nästa måndag, hur länge fungerar den? Våra licenser gäller till 30/6.", "2025-03-17")]
    [InlineData("nl", "Stel dat ik de Visio-sleutel op 2 april inwissel, tot wanneer werkt hij? Onze licenties lopen tot 30-6.", "2025-04-02")]
    [InlineData("zh-TW", "如果我下週一兌換Visio金鑰，可以用到什麼時候？我們的授權6月30日到期。", "2025-03-17")]
    public void Interpret_EventPlannedInACondition_PlannedDayIsTheEvent(string language, string text, string planned)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.KeyUsableUntil, DateOnly.Parse(planned, System.Globalization.CultureInfo.InvariantCulture), DateRole.Redemption),
            (question.Kind, question.AnchorDate!.Value, question.AnchorRole));
    }

    [Theory]
    [InlineData("en", "Our competency anniversary was 15 June 2020 and we have not paid. Will it be extended?")]
    [InlineData("sv", "Kompetensens årsdag var 15 juni 2020 och vi har inte betalat. Blir den förlängd?")]
    [InlineData("nl", "De jubileumdatum van onze competentie was 15 juni 2020 en we hebben niet betaald. Wordt die verlengd?")]
    [InlineData("zh-TW", "專長的週年日是2020年6月15日，我們沒付款，會被延長嗎？")]
    public void Interpret_AskedWhetherItWillBeExtendedAfterNotPaying_CovidExtension(string language, string text)
    {
        Assert.Equal(RuleKind.CovidExtension, Interpret(language, text).Kind);
    }

    [Theory]
    [InlineData("en", "The renewal for this year is already paid, on 5 March. We started on 1 March 2021. Between which dates can we renew next year?")]
    [InlineData("sv", "Årets förnyelse betalade vi redan, den 5 mars. Medlemskapet startade 1 mars 2021. När är nästa års förnyelsefönster?")]
    [InlineData("nl", "Dit jaar hebben we de verlenging al betaald, op 5 maart. We zijn begonnen op 1 maart 2021. Tussen welke data kunnen we volgend jaar verlengen?")]
    public void Interpret_DayTheRenewalWasPaidAfterAComma_CycleCountsFromTheStart(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2026, 3, 1)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_ChineseRenewalPaidWithItsDayInsideThePhrase_NextCycle()
    {
        var question = Interpret("zh-TW", "這一期的續約費已經在2025年3月5日付清，週年日是3月1日，2021年加入。下一次可以續約的期間是哪幾天？");

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2026, 3, 1)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Our competency expired on 1 March, if we pay the fee tomorrow will it come back?")]
    [InlineData("sv", "Kompetensen gick ut 1 mars, om vi betalar avgiften i morgon får vi tillbaka den?")]
    [InlineData("nl", "Onze competentie is op 1 maart verlopen, als we morgen betalen krijgen we hem dan terug?")]
    public void Interpret_QuestionRightAfterAConditionWithoutAComma_AsksEligibilityForThePlannedDay(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.GracePeriodEnd, true, new DateOnly(2025, 3, 13)), (question.Kind, question.AsksEligibility, question.CheckDay));
    }

    [Fact]
    public void Interpret_SwedishRunningVisualStudioAfterAnUnrenewedRenewalDate_UserAssignedBenefitExtension()
    {
        var question = Interpret("sv", "Kan utvecklarna köra Visual Studio idag? Förnyelsedatumet var 1 mars och förnyelsen är inte gjord.");

        Assert.Equal(RuleKind.UserAssignedBenefitExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "We renew every year and our anniversary is 28 November. Can we still renew now?", "2024-11-28")]
    [InlineData("sv", "Vi förnyar varje år och årsdagen är 28 november. Kan vi fortfarande förnya nu?", "2024-11-28")]
    [InlineData("en", "We renew every year and our anniversary is 20 May. When does the window open?", "2025-05-20")]
    public void Interpret_YearlyRenewalWithoutAYearNamed_AnniversaryNearestTheDayAsked(string language, string text, string anniversary)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, DateOnly.Parse(anniversary, System.Globalization.CultureInfo.InvariantCulture)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Our Action Pack should have been renewed by 3 March and it wasn't. Can our new tester still get a Visual Studio subscription today?")]
    [InlineData("en", "Nobody renewed on 3 March. How many days do the testers have left on Visual Studio?")]
    [InlineData("sv", "Ingen har betalat förnyelsen, årsdagen var 3 mars. Kan vår nya testare fortfarande få en Visual Studio-prenumeration idag?")]
    [InlineData("nl", "Niemand heeft de verlenging van 3 maart betaald. Kan onze nieuwe tester vandaag nog een Visual Studio-abonnement krijgen?")]
    [InlineData("zh-TW", "會員原本應該在3月3日續約，但沒人處理。新來的測試人員今天還能拿到 Visual Studio 訂閱嗎？")]
    public void Interpret_LapseToldAndVisualStudioAsked_UserAssignedBenefitExtensionFromTheMissedDate(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.UserAssignedBenefitExtension, new DateOnly(2025, 3, 3)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "Nobody paid on 3 March and our testers use Visual Studio every day. Until when can we pay to get the membership back?", RuleKind.GracePeriodEnd)]
    [InlineData("sv", "Medlemskapet gick ut 3 mars och våra testare kör Visual Studio dagligen. Hur länge kan vi betala för att få igång medlemskapet igen?", RuleKind.GracePeriodEnd)]
    [InlineData("en", "Nobody renewed on 3 March. Tom has left; can his Visual Studio subscription go to Anna today? It was assigned to him on 2 October 2024.", RuleKind.VsReassignFrom)]
    public void Interpret_LapseToldAndVisualStudioNamedButMembershipOrHandoverAsked_ThatRule(string language, string text, RuleKind kind)
    {
        Assert.Equal(kind, Interpret(language, text).Kind);
    }

    [Theory]
    [InlineData("nl", "Niemand in ons team heeft de factuur van 3 maart voor de verlenging betaald. Tot wanneer kunnen we hem nog heractiveren?")]
    [InlineData("sv", "Ingen av oss betalade årsavgiften den 3 mars. Hur länge kan vi återaktivera den?")]
    public void Interpret_NobodyPaidOnADay_ThatDayIsNoPurchase(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2025, 3, 3), DateRole.Anniversary), (question.Kind, question.AnchorDate!.Value, question.AnchorRole));
    }

    [Theory]
    [InlineData("en", "We were invoiced on 9 March 2024 and we signed up on 2 March 2019. Between which dates is this year's renewal window?")]
    [InlineData("sv", "Vi betalade 9 mars 2024, men vi gick med 2 mars 2019. Mellan vilka datum kan vi förnya i år?")]
    [InlineData("nl", "Vorig jaar hebben we pas laat betaald, op 20 maart. Onze startdatum is 2 maart 2019. Wanneer loopt het verlengingsvenster van dit jaar?")]
    [InlineData("zh-TW", "去年的發票日期是2024年3月9日，我們是2019年3月2日加入的。今年的續約期間是哪幾天？")]
    public void Interpret_PaymentDateBesideTheStartOfMembership_CycleCountsFromTheStart(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 3, 2)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_PaymentDateAlone_ItIsThePurchase()
    {
        var question = Interpret("en", "We paid for the membership on 2 March 2024. When is the renewal window?");

        Assert.Equal((new DateOnly(2024, 3, 2), DateRole.Purchase), (question.AnchorDate!.Value, question.AnchorRole));
    }

    [Fact]
    public void Interpret_DepartureAndTheSuccessorsStartInOneClause_SuccessorsStartIsTheDayAsked()
    {
        var question = Interpret("en", "Sam quit last week and our new developer starts next Monday, 17 March. Sam's Visual Studio subscription was assigned on 15 December 2024. Can I give it to the new developer on his first day?");

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 3, 17)), (question.Kind, question.CheckDay));
    }

    [Fact]
    public void Interpret_DutchMembershipHasItsYearlyDateOnADay_ThatDayIsTheAnniversary()
    {
        var question = Interpret("nl", "Ons lidmaatschap verjaart op 3 maart en we hebben nog niet verlengd. Kunnen we vandaag nog verlengen?");

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 3, 3), DateRole.Anniversary), (question.Kind, question.AnchorDate!.Value, question.AnchorRole));
    }
}
