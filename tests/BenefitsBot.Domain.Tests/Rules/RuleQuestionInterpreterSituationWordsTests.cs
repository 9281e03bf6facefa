using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Situations told in everyday words: who has held a subscription since when, a day restating part of a month, the COVID extension
/// named by its year, a lapse told as a failed payment, and the yes/no and fact phrasings that go with them.
/// </summary>
public sealed class RuleQuestionInterpreterSituationWordsTests
{
    private static readonly DateOnly Today = new(2024, 6, 25);

    private readonly RuleQuestionInterpreter interpreter = new();

    [Theory]
    [InlineData("en", "Our intern joined on the 3rd; Ahmed has had it since 12 February. From which day could his VS be moved to the intern?", "the 3rd", "2024-06-03", "12 February")]
    [InlineData("sv", "Praktikanten kom den 3:e. Ahmed fick den 12 februari, från vilken dag kan hans VS flyttas till praktikanten?", "den 3:e", "2024-06-03", "12 februari")]
    [InlineData("nl", "De stagiair is er sinds de 3e en Ahmed heeft 'm sinds 12 februari: vanaf welke dag kan ik zijn VS aan de stagiair geven?", "de 3e", "2024-06-03", "12 februari")]
    public void Interpret_HolderHasHadItSinceADay_ThatDayIsTheAssignment(string language, string text, string newcomerDay, string newcomerDate, string assigned)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, newcomerDay, newcomerDate), Mentions.Day(text, assigned, "2024-02-12")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2024, 2, 12), DateRole.Assignment), (question.Kind, question.AnchorDate!.Value, question.AnchorRole));
    }

    [Fact]
    public void Interpret_BareDayAfterPartOfAMonth_DayInThatMonth()
    {
        const string text = "Vi tilldelade Karin Visual Studio i början av maj, den 9:e för att vara exakt. Från när kan den gå till någon annan?";
        var earlyMay = new DateMention(text.IndexOf("i början av maj", StringComparison.Ordinal), "i början av maj".Length, DateMentionKind.DateRange,
            RangeStart: new DateOnly(2024, 5, 1), RangeEnd: new DateOnly(2024, 5, 16));

        var question = interpreter.Interpret(text, "sv", [earlyMay, Mentions.Day(text, "den 9:e", "2024-06-09")], Today);

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 5, 9), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "Anniversary in early April here. Did the 2020 extension apply to our competency?", "early April", 4, 1, 16)]
    [InlineData("nl", "Jaardatum begin mei. Gold de uitbreiding van 2020 ook voor ons?", "begin mei", 5, 1, 16)]
    [InlineData("sv", "Årsdag i mitten av februari. Gällde 2020 års förlängning oss?", "i mitten av februari", 2, 10, 21)]
    public void Interpret_CovidExtensionWithAMonthOutsideItsRange_NotCovered(string language, string text, string surface, int month, int first, int end)
    {
        var part = new DateMention(text.IndexOf(surface, StringComparison.Ordinal), surface.Length, DateMentionKind.DateRange,
            RangeStart: new DateOnly(2024, month, first), RangeEnd: new DateOnly(2024, month, end));

        var question = interpreter.Interpret(text, language, [part], Today);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.CovidExtension, question.Kind);
        Assert.False(new BenefitRules(TimeProvider.System).Evaluate(question, Today).Eligible);
    }

    [Fact]
    public void Interpret_CovidExtensionWithAMonthInsideItsRange_NoAnswerWithoutTheDay()
    {
        const string text = "Anniversary in mid-September here. Did the 2020 extension apply to our competency?";
        var part = new DateMention(text.IndexOf("mid-September", StringComparison.Ordinal), "mid-September".Length, DateMentionKind.DateRange,
            RangeStart: new DateOnly(2023, 9, 10), RangeEnd: new DateOnly(2023, 9, 21));

        Assert.Null(interpreter.Interpret(text, "en", [part], Today));
    }

    [Theory]
    [InlineData("en", "Is it too late? Our anniversary was 2 March and the payment bounced.", "2 March")]
    [InlineData("en", "Our anniversary was 2 March and nobody paid. Can we still fix it?", "2 March")]
    [InlineData("nl", "Kan het nog? Onze jaardatum was 2 maart en de betaling is mislukt.", "2 maart")]
    [InlineData("nl", "De jaardatum was 2 maart. Kunnen we het lidmaatschap vandaag nog terug activeren?", "2 maart")]
    public void Interpret_LapseToldAsAFailedPaymentOrReactivating_GracePeriod(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-03-02")], new DateOnly(2024, 3, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
    }

    [Theory]
    [InlineData("en", "The competency lapsed on 2 March. Any way to still pay and get it back?", true)]
    [InlineData("en", "What is the last day we can pay to get it back? It lapsed on 2 March and our PO is still open.", false)]
    [InlineData("sv", "Kompetensen gick ut den 2 mars. Kört?", true)]
    public void Interpret_YesNoInEverydayWords_AsksEligibilityOnlyWhenAsked(string language, string text, bool asks)
    {
        var surface = language == "sv" ? "den 2 mars" : "2 March";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-03-02")], new DateOnly(2024, 3, 20));

        Assert.NotNull(question);
        Assert.Equal(asks, question.AsksEligibility);
    }

    [Fact]
    public void Interpret_InstallerPulledDown_SoftwareBenefitsActivated()
    {
        const string text = "We bought the Action Pack on 3 June and I pulled down the Windows Server ISO. Can we still get a refund?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "3 June", "2024-06-03")], Today);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Fact]
    public void Interpret_DutchReplacementReceived_OneReplacementIssuedNoSuccessor()
    {
        const string text = "Token op 3 juni op de verkeerde tenant geactiveerd, daar al een vervanger voor gehad. Kan er nog een komen?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "3 juni", "2024-06-03")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.ReplacementTokenDeadline, true, false), (question.Kind, question.StatedFacts.ReplacementAlreadyIssued, question.StatedFacts.PersonLeft));
    }

    [Fact]
    public void Interpret_SwedishRenewalForThisYearPaid_RenewalPaid()
    {
        const string text = "Vi köpte den 2 april 2019. Förnyelsen för i år är redan betald. När öppnar nästa fönster?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "den 2 april 2019", "2019-04-02")], Today);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.RenewalPaid);
    }

    [Theory]
    [InlineData("en", "refund for the membership from 3 June?", "3 June")]
    [InlineData("sv", "Återbetalning för paketet köpt 3 juni?", "3 juni")]
    [InlineData("nl", "Terugbetaling voor het pakket van 3 juni?", "3 juni")]
    public void Interpret_RefundAskedWithItsNounAlone_AsksEligibility(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-06-03")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.RefundDeadline, true), (question.Kind, question.AsksEligibility));
    }

    [Theory]
    [InlineData("nl", "Sinds 3-4-2019 lid en nog niet betaald dit jaar; van wanneer tot wanneer loopt de verlenging?", "3-4-2019", "2019-04-03")]
    [InlineData("nl", "Ingangsdatum 3-4-2023 volgens de bestelling; wanneer begint het verlengvenster?", "3-4-2023", "2023-04-03")]
    [InlineData("zh-TW", "週年日係4月3號，我哋未續，而家仲可以續嗎？", "4月3號", "2024-04-03")]
    public void Interpret_RenewingNamedInTheQuestion_RenewalWindow(string language, string text, string surface, string date)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, date)], new DateOnly(2024, 4, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
    }

    [Fact]
    public void Interpret_ContinuingIsNoRenewing_NotTheRenewalWindow()
    {
        const string text = "我們4月3號兌換了金鑰，還能繼續用嗎？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "4月3號", "2024-04-03")], new DateOnly(2024, 4, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.KeyUsableUntil, question.Kind);
    }

    [Theory]
    [InlineData("en", "Bought 12 June 2020; the renewal for the current cycle was already processed. Next window?", "12 June 2020", "2020-06-12")]
    [InlineData("sv", "Köpt 12 juni 2020. Årets förnyelse betalade vi i förra veckan. Vilka datum gäller nästa gång?", "12 juni 2020", "2020-06-12")]
    public void Interpret_ThisYearsRenewalPaidInOtherWordOrder_RenewalPaid(string language, string text, string surface, string date)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, date)], Today);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.RenewalPaid);
    }

    [Theory]
    [InlineData("en", "Sam quit last Friday; the VS licence he used was assigned in January, on 10 January. From when can someone else get it?", "last Friday", "2024-06-21", "10 January")]
    [InlineData("sv", "Sam slutade i fredags; licensen han använde tilldelades 10 januari. Från när kan någon annan få den?", "i fredags", "2024-06-21", "10 januari")]
    public void Interpret_DaySomeoneLeft_NotTheDayTheRuleCountsFrom(string language, string text, string left, string leftDate, string assigned)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, left, leftDate), Mentions.Day(text, assigned, "2024-01-10")], Today);

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 1, 10), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "Member since 2017 with a renewal on 9 October each year; this time the payment was missed. Last day to reactivate?", "since 2017", "9 October")]
    [InlineData("sv", "Medlem sedan 2017, förnyelse den 9 oktober varje år; i år glömde vi betala. Sista dag att återaktivera?", "sedan 2017", "den 9 oktober")]
    [InlineData("nl", "Lid sinds 2017, met elk jaar een jaardatum op 9 oktober; dit keer niet betaald. Tot wanneer heractiveren?", "sinds 2017", "9 oktober")]
    [InlineData("nl", "Al lid sinds 2017; onze jaardatum is 9 oktober; dit keer niet betaald. Tot wanneer heractiveren?", "sinds 2017", "9 oktober")]
    [InlineData("en", "Partners since 2017, our anniversary is 9 October; this time the payment was missed. Last day to reactivate?", "since 2017", "9 October")]
    [InlineData("zh-TW", "我們從2017年就是合作夥伴，週年日是10月9日，這次忘了續約。最晚哪天前可以重新啟用？", "2017年", "10月9日")]
    public void Interpret_DayEveryYearAfterTheYearJoined_NotPlacedInThatYear(string language, string text, string since, string day)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Year(text, since, 2017), Mentions.Day(text, day, "2023-10-09")], new DateOnly(2023, 10, 20));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2023, 10, 9), question.AnchorDate);
    }

    [Theory]
    [InlineData("IT set him up with a VS licence on 18 March and he resigned. From which date can it be handed to my replacement?", "18 March")]
    [InlineData("The previous designer got hers on 18 March. How soon can that VS be moved to me?", "18 March")]
    public void Interpret_AssignmentInEverydayWords_DatesTheAssignment(string text, string surface)
    {
        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, surface, "2024-03-18")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.VsReassignFrom, DateRole.Assignment), (question.Kind, question.AnchorRole));
    }

    [Theory]
    [InlineData("en", "Assignment was on 6 July. Could the VS now be given to another developer?", "6 July")]
    [InlineData("sv", "Kollegan fick sin VS-licens 6 juli och har bytt avdelning. Får jag ta över licensen nu?", "6 juli")]
    public void Interpret_SubscriptionPassedOnInOtherWords_Reassignment(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-07-06")], new DateOnly(2024, 10, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
    }

    [Fact]
    public void Interpret_MessageThatCameOnADay_NotTheAnniversary()
    {
        const string text = "A notification e-mail arrived on August 20; the anniversary is September 4, which is today. Is paying the renewal possible today?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "August 20", "2025-08-20"), Mentions.Day(text, "today", "2025-09-04"), Mentions.Day(text, "September 4", "2025-09-04")], new DateOnly(2025, 9, 4));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2025, 9, 4), question.AnchorDate);
    }

    [Fact]
    public void Interpret_WeekdayRightBeforeTheDateItNames_TheWrittenDate()
    {
        const string text = "Köpet gjordes fredag 2021-09-03 och inget är nedladdat. Till vilken dag kan vi ångra köpet?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "fredag", "2021-09-10"), Mentions.Day(text, "2021-09-03", "2021-09-03")], new DateOnly(2021, 9, 15));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2021, 9, 3), question.AnchorDate);
    }

    [Fact]
    public void Interpret_DateCorrectedAfterCheckingAgain_TheSecondDate()
    {
        const string text = "The competency lapsed on 1/13/2023 - I checked again, it lapsed on 1/18/2023. Is reactivating still possible?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "1/13/2023", "2023-01-13"), Mentions.Day(text, "1/18/2023", "2023-01-18")], new DateOnly(2023, 2, 15));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2023, 1, 18), question.AnchorDate);
    }

    [Fact]
    public void Interpret_ChineseDepartureAfterItsDay_NotTheAssignment()
    {
        const string text = "小陳月底離職，他的 VS 是2024年10月7日指派的，哪天起可以給別人？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "月底", "2024-10-31"), Mentions.Day(text, "2024年10月7日", "2024-10-07")], new DateOnly(2024, 10, 20));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 10, 7), question.AnchorDate);
    }

    [Fact]
    public void Interpret_ChineseWantingToReturnIt_Refund()
    {
        const string text = "Action Pack 是1月1日買的，軟體一個都沒裝，我想退，請問最晚哪天？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "1月1日", "2026-01-01")], new DateOnly(2026, 1, 10));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RefundDeadline, question.Kind);
    }

    [Theory]
    [InlineData("nl", "Jaardatum van het lidmaatschap: 2 maart. Er is nog niets verlengd. Kan ik vandaag nog verlengen?", "2 maart")]
    [InlineData("zh-TW", "會員週年日是3月2日，到現在還沒續約，今天還可以續約嗎？", "3月2日")]
    public void Interpret_RenewingAskedAfterAStatedLapseAndItsAnniversary_RenewalWindow(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-03-02")], new DateOnly(2024, 3, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
    }

    [Fact]
    public void Interpret_DateAloneInBracketsAfterItsName_TakesTheRoleOfTheWordsBefore()
    {
        const string text = "With MPN from 2 May 2019; this time the expiry date (2 May 2024) passed unnoticed. Last day to reactivate?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "2 May 2019", "2019-05-02"), Mentions.Day(text, "2 May 2024", "2024-05-02")], new DateOnly(2024, 5, 20));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 5, 2), question.AnchorDate);
    }
}
