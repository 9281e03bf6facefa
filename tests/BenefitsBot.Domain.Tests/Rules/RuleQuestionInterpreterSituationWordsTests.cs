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
    [InlineData("en", "Maria started on the 3rd. Tom has had it since 12 February, so when can I give his VS to Maria?", "the 3rd", "2024-06-03", "12 February")]
    [InlineData("sv", "Lisa började den 3:e. Johan fick den 12 februari, när kan jag flytta hans VS till Lisa?", "den 3:e", "2024-06-03", "12 februari")]
    [InlineData("nl", "Eva begon op de 3e; Tom heeft 'm sinds 12 februari. Wanneer kan ik zijn VS aan Eva geven?", "de 3e", "2024-06-03", "12 februari")]
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
    [InlineData("en", "Were we covered by the 2020 extension? Our anniversary is in early April.", "early April", 4, 1, 16)]
    [InlineData("nl", "Viel onze competentie onder de verlenging uit 2020? Onze jaardatum is begin mei.", "begin mei", 5, 1, 16)]
    [InlineData("sv", "Omfattades vi av förlängningen 2020? Vår årsdag är i mitten av februari.", "i mitten av februari", 2, 10, 21)]
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
        const string text = "Were we covered by the 2020 extension? Our anniversary is in mid-September.";
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
    [InlineData("en", "Refund for the pack we bought on 3 June?", "3 June")]
    [InlineData("sv", "Återbetalning för paketet köpt 3 juni?", "3 juni")]
    [InlineData("nl", "Terugbetaling voor het pakket van 3 juni?", "3 juni")]
    public void Interpret_RefundAskedWithItsNounAlone_AsksEligibility(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-06-03")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.RefundDeadline, true), (question.Kind, question.AsksEligibility));
    }

    [Theory]
    [InlineData("nl", "Lid sinds 3-4-2019, dit jaar nog niet betaald. Tussen welke data moet de verlenging gebeuren?", "3-4-2019", "2019-04-03")]
    [InlineData("nl", "Ingangsdatum: 3-4-2023. Wanneer gaat het verlengvenster open?", "3-4-2023", "2023-04-03")]
    [InlineData("zh-TW", "我哋每年週年日係4月3號。今年仲未續，今日續仲得唔得？", "4月3號", "2024-04-03")]
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
    [InlineData("en", "We bought it on 12 June 2020 and the renewal for this year is already paid. When is the next window?", "12 June 2020", "2020-06-12")]
    [InlineData("sv", "Årets förnyelse betalade vi redan. Vi köpte den 12 juni 2020. När är nästa fönster?", "12 juni 2020", "2020-06-12")]
    public void Interpret_ThisYearsRenewalPaidInOtherWordOrder_RenewalPaid(string language, string text, string surface, string date)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, date)], Today);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.RenewalPaid);
    }

    [Theory]
    [InlineData("en", "Tom left us last Friday. His VS subscription was assigned early this year, on 10 January. When can it go to Aisha?", "last Friday", "2024-06-21", "10 January")]
    [InlineData("sv", "Erik slutade i fredags. Hans VS-prenumeration tilldelades i början av året, 10 januari. När kan den gå till någon annan?", "i fredags", "2024-06-21", "10 januari")]
    public void Interpret_DaySomeoneLeft_NotTheDayTheRuleCountsFrom(string language, string text, string left, string leftDate, string assigned)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, left, leftDate), Mentions.Day(text, assigned, "2024-01-10")], Today);

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 1, 10), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "Partners since 2017, anniversary every 9 October. We forgot to pay and it lapsed. Until when can we reactivate?", "since 2017", "9 October")]
    [InlineData("sv", "Vi är partner sedan 2017 och årsdagen är varje år den 9 oktober. Vi glömde betala, hur länge kan vi återaktivera?", "sedan 2017", "den 9 oktober")]
    [InlineData("nl", "Al sinds 2017 partner; de jaardatum is elk jaar op 9 oktober. Niet betaald, tot wanneer kunnen we heractiveren?", "sinds 2017", "9 oktober")]
    public void Interpret_DayEveryYearAfterTheYearJoined_NotPlacedInThatYear(string language, string text, string since, string day)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Year(text, since, 2017), Mentions.Day(text, day, "2023-10-09")], new DateOnly(2023, 10, 20));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2023, 10, 9), question.AnchorDate);
    }

    [Theory]
    [InlineData("My manager set me up with a Visual Studio subscription on 18 March. From when can it go to my replacement?", "18 March")]
    [InlineData("Priya left; Priya got hers on 18 March. When can her VS be moved to me?", "18 March")]
    public void Interpret_AssignmentInEverydayWords_DatesTheAssignment(string text, string surface)
    {
        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, surface, "2024-03-18")], Today);

        Assert.NotNull(question);
        Assert.Equal((RuleKind.VsReassignFrom, DateRole.Assignment), (question.Kind, question.AnchorRole));
    }

    [Theory]
    [InlineData("en", "I got my VS on 6 July. Can my Visual Studio subscription be given to my colleague now?", "6 July")]
    [InlineData("sv", "Lisa fick sin Visual Studio-prenumeration 6 juli. Kan jag ta över den nu?", "6 juli")]
    public void Interpret_SubscriptionPassedOnInOtherWords_Reassignment(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-07-06")], new DateOnly(2024, 10, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
    }

    [Fact]
    public void Interpret_MessageThatCameOnADay_NotTheAnniversary()
    {
        const string text = "The reminder email came on August 20 and our anniversary date is today, September 4. Can I pay the renewal today?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "August 20", "2025-08-20"), Mentions.Day(text, "today", "2025-09-04"), Mentions.Day(text, "September 4", "2025-09-04")], new DateOnly(2025, 9, 4));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2025, 9, 4), question.AnchorDate);
    }

    [Fact]
    public void Interpret_WeekdayRightBeforeTheDateItNames_TheWrittenDate()
    {
        const string text = "Jag betalade fakturan för Action Pack måndag 2021-09-06. Sista dagen att ångra och få pengarna tillbaka?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "måndag", "2021-09-13"), Mentions.Day(text, "2021-09-06", "2021-09-06")], new DateOnly(2021, 9, 15));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2021, 9, 6), question.AnchorDate);
    }

    [Fact]
    public void Interpret_DateCorrectedAfterCheckingAgain_TheSecondDate()
    {
        const string text = "Our membership expired on 1/13/2023, sorry, I checked again and it was 1/18/2023. Can we still pay today and get it back?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "1/13/2023", "2023-01-13"), Mentions.Day(text, "1/18/2023", "2023-01-18")], new DateOnly(2023, 2, 15));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2023, 1, 18), question.AnchorDate);
    }

    [Fact]
    public void Interpret_ChineseDepartureAfterItsDay_NotTheAssignment()
    {
        const string text = "我下個月底離職。主管在2024年10月7日幫我開通了 VS 訂閱，最早什麼時候可以轉給接手的人？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "下個月底", "2024-11-30"), Mentions.Day(text, "2024年10月7日", "2024-10-07")], new DateOnly(2024, 10, 20));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 10, 7), question.AnchorDate);
    }

    [Fact]
    public void Interpret_ChineseWantingToReturnIt_Refund()
    {
        const string text = "我們1月1日簽約付款的，都還沒下載任何軟體。現在想退，可以嗎？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "1月1日", "2026-01-01")], new DateOnly(2026, 1, 10));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RefundDeadline, question.Kind);
    }
}
