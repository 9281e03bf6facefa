using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// How a situation is read beyond the rule's words: indirect questions, clauses ended by emoji or brackets, facts stated as having
/// received something, the day a yes/no is about, and the article's "benefits that require a user assignment".
/// </summary>
public sealed class RuleQuestionInterpreterSituationTests
{
    private readonly RuleQuestionInterpreter interpreter = new();

    [Theory]
    [InlineData("en", "the key was redeemed on 3 March 2026 and my manager wants to know whether it works today", "3 March 2026")]
    [InlineData("sv", "nyckeln löstes in 3 mars 2026, chefen undrar om den går att använda idag", "3 mars 2026")]
    [InlineData("nl", "sleutel ingewisseld op 3 maart 2026, mijn manager vraagt of die vandaag nog bruikbaar is", "3 maart 2026")]
    public void Interpret_IndirectYesNoQuestion_AsksEligibility(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-03")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.KeyUsableUntil, question.Kind);
        Assert.True(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "the key was redeemed on 3 March 2026 and my manager wants to know when it expires")]
    [InlineData("sv", "nyckeln löstes in 3 mars 2026, chefen undrar när den slutar gälla")]
    public void Interpret_IndirectOpenQuestion_NoYesNo(string language, string text)
    {
        var surface = language == "en" ? "3 March 2026" : "3 mars 2026";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-03")]);

        Assert.NotNull(question);
        Assert.False(question.AsksEligibility);
    }

    [Fact]
    public void Interpret_EmojiEndsTheStatement_VerbFirstQuestionAfterItAsksYesNo()
    {
        const string text = "token op 2 maart 2026 op de verkeerde tenant geactiveerd 😩 kunnen we een vervangend token aanvragen";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "2 maart 2026", "2026-03-02")]);

        Assert.NotNull(question);
        Assert.True(question.AsksEligibility);
    }

    [Theory]
    [InlineData("sv", "token aktiverades 2 mars 2026 på fel klient och vi fick en ersättningstoken, som också hamnade fel. kan vi få en ny?", "2 mars 2026", true)]
    [InlineData("en", "token activated on 2 March 2026 on the wrong tenant, we received a replacement token but it went to the wrong tenant too. can we get a new one?", "2 March 2026", true)]
    [InlineData("nl", "token op 2 maart 2026 geactiveerd op de verkeerde tenant, we kregen een vervangend token maar dat ging ook mis. kan er nog een komen?", "2 maart 2026", true)]
    [InlineData("nl", "token op 2 maart 2026 op de verkeerde tenant geactiveerd. kunnen we nog een vervangend token aanvragen?", "2 maart 2026", false)]
    [InlineData("en", "token activated on 2 March 2026 on the wrong tenant, we never received a replacement. can we get one?", "2 March 2026", false)]
    public void Interpret_ReplacementReceivedOrNot_OnceOnlyFlag(string language, string text, string surface, bool expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.ReplacementTokenDeadline, question.Kind);
        Assert.Equal(expected, question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Fact]
    public void Interpret_SwedishArticleEn_DoesNotSplitTheClause()
    {
        // "en" is Swedish for "a" (the Dutch "and"): "vi fick en ersättning" is one statement.
        const string text = "token aktiverades 2 mars 2026, vi fick en ersättning. kan vi få en till?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "2 mars 2026", "2026-03-02")]);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Fact]
    public void Interpret_RolePhraseInBrackets_BelongsToTheDateInThem()
    {
        const string text = "the first token landed on the wrong tenant on 1 April 2026 (originally activated 10 March 2026). can we still get a replacement?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "1 April 2026", "2026-04-01"), Mentions.Day(text, "10 March 2026", "2026-03-10")]);

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2026, 3, 10), question.AnchorDate);
        Assert.Equal(DateRole.Activation, question.AnchorRole);
    }

    [Fact]
    public void Interpret_YearlessDayBeforeTheEvent_CheckDayIsItsNextOccurrence()
    {
        // The recognizer reads "1/12" as its latest occurrence up to today (Dec 1, 2025); the day asked about follows the anniversary.
        const string text = "our anniversary is 20 November 2026. can we still renew on 1/12?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "20 November 2026", "2026-11-20"), Mentions.Day(text, "1/12", "2025-12-01")], new DateOnly(2026, 11, 25));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2026, 12, 1), question.CheckDay);
    }

    [Fact]
    public void Interpret_FutureDayInAStatement_IsTheDayAskedAbout()
    {
        const string text = "Maria left, her Visual Studio subscription was assigned on 2 February 2026. Her successor starts 11 May 2026 - can he get the subscription on his first day?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "2 February 2026", "2026-02-02"), Mentions.Day(text, "11 May 2026", "2026-05-11")], new DateOnly(2026, 4, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
        Assert.Equal(new DateOnly(2026, 5, 11), question.CheckDay);
    }

    [Fact]
    public void Interpret_PastDayInAStatement_NotTheDayAskedAbout()
    {
        const string text = "we bought the action pack on 2 March 2026, the invoice came on 9 March 2026. can we still get a refund?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "2 March 2026", "2026-03-02"), Mentions.Day(text, "9 March 2026", "2026-03-09")], new DateOnly(2026, 3, 20));

        Assert.NotNull(question);
        Assert.Null(question.CheckDay);
    }

    [Theory]
    [InlineData("en", "benefits that require a user assignment: our renewal was 2 March 2026, how long do they keep working?", "2 March 2026")]
    [InlineData("zh-TW", "上個月續約，2026年3月2日，需要使用者指派的權益可以用到哪天？", "2026年3月2日")]
    [InlineData("sv", "vi förnyade 2 mars 2026, hur länge fungerar förmånerna som kräver användartilldelning?", "2 mars 2026")]
    public void Interpret_UserAssignmentBenefits_UserAssignedExtension(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.UserAssignedBenefitExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "anniversary was 1 March 2026. can we still renew, or did we already miss the window?", RuleKind.RenewalWindow)]
    [InlineData("en", "anniversary was 1 March 2026 and we missed the renewal. until when can we pay?", RuleKind.GracePeriodEnd)]
    public void Interpret_MissedAsQuestionOrStatement_WindowOrGracePeriod(string language, string text, RuleKind expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, "1 March 2026", "2026-03-01")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
    }

    [Theory]
    [InlineData("sv", "vilka datum gäller för förnyelsen? köpt 2 mars 2025", "2 mars 2025")]
    [InlineData("en", "productkey redeemed 2 March 2025, valid until when?", "2 March 2025")]
    public void Interpret_InflectedOrCompoundRuleWord_IsARuleQuestion(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-03-02")]);

        Assert.NotNull(question);
    }

    [Theory]
    [InlineData("en", "bought the action pack on 2 March 2025. can I renew when I'm back from leave on March 20?", true)]
    [InlineData("sv", "köpte action pack 2 mars 2025. kan jag förnya när jag är tillbaka den 20 mars?", true)]
    [InlineData("nl", "action pack gekocht op 2 maart 2025. kan ik verlengen wanneer ik terug ben op 20 maart?", true)]
    [InlineData("en", "bought the action pack on 2 March 2025. can you tell me when the renewal window opens?", false)]
    [InlineData("sv", "köpte action pack 2 mars 2025. kan du säga när förnyelsefönstret öppnar?", false)]
    [InlineData("en", "bought the action pack on 2 March 2025. is there a renewal window and when does it close?", false)]
    public void Interpret_VerbFirstWithSubordinateWhen_YesNoUnlessItHangsOnTell(string language, string text, bool expected)
    {
        var surface = language switch { "en" => "2 March 2025", "sv" => "2 mars 2025", _ => "2 maart 2025" };

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.AsksEligibility);
    }

    [Theory]
    [InlineData("sv", "vår årsdag var 2 mars 2026 och vi har inte betalat, vilken är sista dagen?", "2 mars 2026")]
    [InlineData("sv", "år 2026, den 2 mars, köptes kompetensen. när kan vi förnya?", "2 mars")]
    [InlineData("nl", "zijn abonnement is op 2 maart 2026 toegewezen, vanaf welke datum kan het naar iemand anders?", "2 maart 2026")]
    [InlineData("en", "May 2 2026 we bought the action pack, when is the renewal window?", "May 2 2026")]
    public void Interpret_WordThatLooksLikeAnOpeningVerb_NoYesNo(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.False(question.AsksEligibility);
    }

    [Theory]
    [InlineData("sv", "Prenumerationen tilldelades 2 mars 2026 till en konsult. Kan vår nya utvecklare få den?", "2 mars 2026")]
    [InlineData("nl", "Abonnement toegewezen op 2 maart 2026. Kan de nieuwe collega het krijgen?", "2 maart 2026")]
    [InlineData("en", "The subscription was assigned on 2 March 2026. Can the new hire get it?", "2 March 2026")]
    public void Interpret_NewcomerShouldGetTheSubscription_VisualStudioReassignment(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
    }

    [Theory]
    [InlineData("sv", "Kompetensen förföll 2 mars 2026. Kan vi betala och återfå förmånerna?", "2 mars 2026", RuleKind.GracePeriodEnd, DateRole.Anniversary)]
    [InlineData("nl", "We kochten de competentie op 2 maart 2026 en zijn vergeten te verlengen. Tot wanneer kunnen we betalen?", "2 maart 2026", RuleKind.RenewalWindow, DateRole.Purchase)]
    public void Interpret_InflectedRoleVerb_GivesTheDateItsRole(string language, string text, string surface, RuleKind kind, DateRole role)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(kind, question.Kind);
        Assert.Equal(role, question.AnchorRole);
    }

    [Theory]
    [InlineData("October 12", "2025-10-12", "2026-10-12")]
    [InlineData("12 October 2025", "2025-10-12", "2025-10-12")]
    public void Interpret_DayAskedAboutWithoutYear_NearestToday(string surface, string recognized, string expected)
    {
        var text = $"our action pack was bought on 20 September 2025. would renewing on {surface} still be inside the window?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "20 September 2025", "2025-09-20"), Mentions.Day(text, surface, recognized)], new DateOnly(2026, 10, 1));

        Assert.NotNull(question);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), question.CheckDay);
    }

    [Theory]
    [InlineData("en", "We redeemed the key on 4 May 2025. Sorry, I meant the 14th, not the 4th. Until when can we use it?", "4 May 2025", "2025-05-04", "the 14th", "2026-11-14", "the 4th", "2026-11-04", "2025-05-14")]
    [InlineData("sv", "Nyckeln löstes in 4 mars 2025 – nej förlåt, den 24 mars. Hur länge gäller den?", "4 mars 2025", "2025-03-04", "den 24 mars", "2026-03-24", null, null, "2025-03-24")]
    [InlineData("zh-TW", "金鑰是2025年5月5日兌換的…更正：是2025年5月15日，不是5月5日。可以用到哪一天？", "2025年5月5日", "2025-05-05", "2025年5月15日", "2025-05-15", "5月5日。", "2026-05-05", "2025-05-15")]
    public void Interpret_CorrectedDate_TheCorrectionCounts(string language, string text, string first, string firstIso, string correction, string correctionIso, string? negated, string? negatedIso, string expected)
    {
        var mentions = new List<DateMention> { Mentions.Day(text, first, firstIso), Mentions.Day(text, correction, correctionIso) };
        if (negated is not null)
        {
            var at = text.LastIndexOf(negated.TrimEnd('。'), StringComparison.Ordinal);
            mentions.Add(new DateMention(at, negated.TrimEnd('。').Length, DateMentionKind.Date, DateOnly.Parse(negatedIso!, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var question = interpreter.Interpret(text, language, [.. mentions.OrderBy(m => m.Start)], new DateOnly(2026, 11, 22));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.KeyUsableUntil, question.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
    }

    [Fact]
    public void Interpret_SorryFarFromTheNextDate_NoCorrection()
    {
        const string text = "We bought the action pack on 4 May 2026. Sorry to bother you again about this, but can we still cancel on 20 May 2026?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "4 May 2026", "2026-05-04"), Mentions.Day(text, "20 May 2026", "2026-05-20")], new DateOnly(2026, 5, 10));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2026, 5, 4), question.AnchorDate);
        Assert.Equal(new DateOnly(2026, 5, 20), question.CheckDay);
    }

    [Fact]
    public void Interpret_PastedMailHeaderDate_IsNoEvent()
    {
        const string text = "From: Koen\nSent: Wednesday 14 February 2024\nSubject: token\n\nOn 10 January 2024 our token was activated on the wrong tenant. Can we still get a replacement?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "Wednesday 14 February 2024", "2024-02-14"), Mentions.Day(text, "10 January 2024", "2024-01-10")], new DateOnly(2024, 2, 14));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 1, 10), question.AnchorDate);
    }

    [Theory]
    [InlineData("sv", "vårt jubileumsdatum var 1 mars 2021, utökades kompetensen?", "1 mars 2021")]
    [InlineData("nl", "onze competentie datum was 1 maart 2021, is die ook uitgebreid?", "1 maart 2021")]
    [InlineData("zh-TW", "專長認證是2021年3月1日，有被擴展嗎？", "2021年3月1日")]
    public void Interpret_TheArticlesWordsForTheExtension_CovidExtension(string language, string text, string surface)
    {
        // Outside the COVID range, so only the words can make it a COVID question.
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2021-03-01")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.CovidExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "I punched in the licence code on 2 March 2026, how long will it keep working?", RuleKind.KeyUsableUntil)]
    [InlineData("en", "bought the action pack on 2 March 2026, when can we pay for next year?", RuleKind.RenewalWindow)]
    [InlineData("en", "we assigned a Visual Studio licence on 2 March 2026, when can we swap the user?", RuleKind.VsReassignFrom)]
    [InlineData("sv", "vi knappade in aktiveringskoden 2 mars 2026, hur länge fungerar den?", RuleKind.KeyUsableUntil)]
    [InlineData("sv", "köpt 2 mars 2026, när kan vi förlänga medlemskapet?", RuleKind.RenewalWindow)]
    [InlineData("sv", "VS-platsen gavs till en konsult 2 mars 2026, när kan vi byta användare?", RuleKind.VsReassignFrom)]
    [InlineData("nl", "het serienummer is op 2 maart 2026 ingevoerd, tot wanneer werkt het?", RuleKind.KeyUsableUntil)]
    [InlineData("nl", "gekocht op 2 maart 2026, kunnen we de aankoop nog ongedaan maken?", RuleKind.RefundDeadline)]
    [InlineData("zh-TW", "2026年3月2日輸入了啟用碼，可以用到哪一天？", RuleKind.KeyUsableUntil)]
    [InlineData("zh-TW", "2026年3月2日買的，明年的續費期間是哪幾天？", RuleKind.RenewalWindow)]
    [InlineData("zh-TW", "2026年3月2日買的，還能撤銷購買嗎？", RuleKind.RefundDeadline)]
    public void Interpret_EverydayWordsForTheRule_TheRule(string language, string text, RuleKind expected)
    {
        var surface = language switch { "en" => "2 March 2026", "sv" => "2 mars 2026", "nl" => "2 maart 2026", _ => "2026年3月2日" };

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
    }

    [Theory]
    [InlineData("zh-TW", "2026年3月2日買的，不過 IT 已經安裝了 Windows Server，還能退款嗎？", true)]
    [InlineData("zh-TW", "2026年3月2日買的，IT 還沒安裝任何軟體，還能退款嗎？", false)]
    [InlineData("en", "bought on 2 March 2026, nobody has downloaded or activated any software. can we get a refund?", false)]
    [InlineData("en", "bought on 2 March 2026 and someone already grabbed the SQL Server ISO. What about a refund?", true)]
    public void Interpret_ButOrNobody_ReadAsTheyAre(string language, string text, bool activated)
    {
        var surface = language == "en" ? "2 March 2026" : "2026年3月2日";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(activated, question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Theory]
    [InlineData("en", "Back in January (the 9th) our admin activated the token on the wrong tenant. Can we still get it replaced?", "January", "2026-01-01", "2026-02-01", "the 9th", "2026-03-09", "2026-01-09")]
    [InlineData("sv", "Nyckeln löstes in i mars förra året, den 21:a närmare bestämt. Hur länge gäller den?", "mars förra året", "2025-03-01", "2025-04-01", "den 21:a", "2026-03-21", "2025-03-21")]
    public void Interpret_BareDayAfterANamedMonth_ThatMonthsDay(string language, string text, string month, string monthStart, string monthEnd, string day, string dayAlone, string expected)
    {
        var monthAt = text.IndexOf(month, StringComparison.Ordinal);
        var mentions = new[]
        {
            new DateMention(monthAt, month.Length, DateMentionKind.DateRange, RangeStart: DateOnly.Parse(monthStart, System.Globalization.CultureInfo.InvariantCulture), RangeEnd: DateOnly.Parse(monthEnd, System.Globalization.CultureInfo.InvariantCulture)),
            Mentions.Day(text, day, dayAlone),
        };

        var question = interpreter.Interpret(text, language, mentions, new DateOnly(2026, 3, 22));

        Assert.NotNull(question);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "Sam quit on Friday; the Visual Studio subscription was set up for him on 3 March 2026. When can Priya get it?", RuleKind.VsReassignFrom)]
    [InlineData("nl", "We hebben na onze jubileumdatum van 3 maart 2026 nooit betaald. Kunnen we dat nog zelf oplossen?", RuleKind.GracePeriodEnd)]
    public void Interpret_SituationWithoutTheRulesWord_TheRule(string language, string text, RuleKind expected)
    {
        var surface = language == "en" ? "3 March 2026" : "3 maart 2026";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-03")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
    }

    [Theory]
    [InlineData("sv", "Vi betalade 30 november 2025. När öppnar förnyelsefönstret? Kan du svara snabbt?", false)]
    [InlineData("en", "The key was activated on 30 November 2025. I'd like to know whether it still runs on 1 December 2026.", true)]
    [InlineData("en", "The key was activated on 30 November 2025. Until when does it work? Let me know if you need more details.", false)]
    public void Interpret_RequestOrIndirectQuestion_YesNoOnlyWhenAsked(string language, string text, bool expected)
    {
        var surface = language == "en" ? "30 November 2025" : "30 november 2025";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-11-30")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.AsksEligibility);
    }

    [Theory]
    [InlineData("sv", "Token aktiverades på fel klient 2 mars 2026 och supporten gav oss en ersättning. Kan vi få en ersättning till?", true)]
    [InlineData("nl", "Het token is op 2 maart 2026 op de verkeerde tenant geactiveerd. Support heeft het toen vervangen. Krijgen we nog een vervanging?", true)]
    [InlineData("nl", "Het token is op 2 maart 2026 op de verkeerde tenant geactiveerd. We hebben een vervangend token nodig.", false)]
    public void Interpret_ReplacementGivenBySupport_OnceOnlyFlag(string language, string text, bool expected)
    {
        var surface = language == "sv" ? "2 mars 2026" : "2 maart 2026";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Theory]
    [InlineData("sv", "Vi köpte Action Pack 2 mars 2026 och utvecklaren hann redan ladda ner Office. Kan vi få återbetalning?", true)]
    [InlineData("nl", "Action Pack gekocht op 2 maart 2026. Niemand heeft de software gedownload. Kunnen we ons geld terugkrijgen?", false)]
    public void Interpret_DownloadedOrNobodyTouchedIt_ActivationFlag(string language, string text, bool expected)
    {
        var surface = language == "sv" ? "2 mars 2026" : "2 maart 2026";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Theory]
    [InlineData("sv", "vår kompetens har årsdag den 1:a aug, förlängs den pga covid?", "den 1:a aug", "2021-08-01", "2020-08-01")]
    [InlineData("zh-TW", "我們的專長認證週年日是8月30號，COVID延長有適用嗎？", "8月30號", "2021-08-30", "2020-08-30")]
    public void Interpret_CovidAnniversaryWithoutYear_The2020One(string language, string text, string surface, string recognized, string expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, recognized)], new DateOnly(2021, 9, 15));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.CovidExtension, question.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
    }

    [Theory]
    [InlineData("sv", "förnyelsedatum är 20/1, hur länge kan utvecklarna använda VS-prenumerationerna efter det?", "20/1", "2022-01-20", RuleKind.UserAssignedBenefitExtension, "2023-01-20")]
    [InlineData("en", "our anniversary was 20 January and we never paid. until when can we reactivate?", "20 January", "2022-01-20", RuleKind.GracePeriodEnd, "2022-01-20")]
    public void Interpret_RecurringDateWithoutYear_NearestForAWindowLatestForALapse(string language, string text, string surface, string recognized, RuleKind kind, string expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, recognized)], new DateOnly(2022, 12, 10));

        Assert.NotNull(question);
        Assert.Equal(kind, question.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
    }

    [Theory]
    [InlineData("nl", "zit ik nog in het verlengingsvenster? action pack aangeschaft 2 juli 2025, nog niet verlengd", "2 juli 2025", RuleKind.RenewalWindow)]
    [InlineData("zh-TW", "老闆問專長認證什麼時候可以續約，從幾號到幾號？2025年7月2日付款的", "2025年7月2日", RuleKind.RenewalWindow)]
    [InlineData("en", "what r the first and last day i can renew action pack, purchsed it 2 July 2025", "2 July 2025", RuleKind.RenewalWindow)]
    public void Interpret_TheWindowNamedOverALapseOrPayment_RenewalWindow(string language, string text, string surface, RuleKind expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-07-02")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
    }

    [Theory]
    [InlineData("en", "bought the action pack on 2 July 2025, we only installed windows server on one box. refund possible?")]
    [InlineData("sv", "köpte action pack 2 juli 2025, har laddat ner windows server-iso:n men vill avbryta, går återbetalning?")]
    [InlineData("zh-TW", "2025年7月2日買的，已經拿過一次取代權杖了，可以再拿一次嗎？")]
    public void Interpret_ProductNamedOrArticleWordForReplacement_FactStated(string language, string text)
    {
        var surface = language switch { "en" => "2 July 2025", "sv" => "2 juli 2025", _ => "2025年7月2日" };

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-07-02")]);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.SoftwareBenefitsActivated || question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Fact]
    public void Interpret_SuccessorStartsOnAWeekday_TheComingOneNotTheDayTheyLeft()
    {
        // Wednesday 28 May 2025: "on Friday" (23 May) is when Sam left, "on Monday" the coming 2 June, not 26 May.
        const string text = "Sam quit on Friday; Priya starts on Monday and should get the Visual Studio subscription we set up for Sam on 3 March 2025. Can she have it then?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "on Friday", "2025-05-23"), Mentions.Day(text, "on Monday", "2025-05-26"), Mentions.Day(text, "3 March 2025", "2025-03-03")],
            new DateOnly(2025, 5, 28));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
        Assert.Equal(new DateOnly(2025, 3, 3), question.AnchorDate);
        Assert.Equal(new DateOnly(2025, 6, 2), question.CheckDay);
    }

    [Fact]
    public void Interpret_AFewDaysAskedAbout_TheirLastDayButNeverTheEvent()
    {
        const string text = "We purchased the Action Pack on 3 April 2024. Finance can only release the fee at the end of next week. Will we still be able to renew then?";
        var span = new DateMention(text.IndexOf("the end of next week", StringComparison.Ordinal), "the end of next week".Length, DateMentionKind.DateRange,
            RangeStart: new DateOnly(2025, 5, 2), RangeEnd: new DateOnly(2025, 5, 5));

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "3 April 2024", "2024-04-03"), span], new DateOnly(2025, 4, 22));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 4, 3), question.AnchorDate);
        Assert.Equal(new DateOnly(2025, 5, 4), question.CheckDay);
    }

    [Fact]
    public void Interpret_BareDayAskedAbout_TheComingOne()
    {
        const string text = "Vi köpte Action Pack den 31 juli 2025. Kan vi förnya den 28:e?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "den 31 juli 2025", "2025-07-31"), Mentions.Day(text, "den 28:e", "2026-07-28")], new DateOnly(2026, 8, 10));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2026, 8, 28), question.CheckDay);
    }

    [Theory]
    [InlineData("en", "We purchased the Action Pack on 3 April 2025. It's not like nobody installed anything - two engineers already set up Windows Server. Refund possible?", "3 April 2025")]
    [InlineData("nl", "Action Pack gekocht op 3 april 2025. Onze beheerder heeft Windows Server al uitgerold. Kunnen we nog een terugbetaling krijgen?", "3 april 2025")]
    [InlineData("zh-TW", "行動套件是2025年4月3日買的。也不是沒有人下載過——我們的工程師已經裝好 Windows Server 了。還能退款嗎？", "2025年4月3日")]
    public void Interpret_SoftwareSetUpAfterADoubleNegation_Activated(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-04-03")]);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Theory]
    [InlineData("en", "We've had MAPS since 10 August 2021 and have renewed on time every year. What are this year's renewal window dates?", "10 August 2021", "2021-08-10", "2026-08-10")]
    [InlineData("en", "We bought MAPS on 10 August 2021. When is the renewal window?", "10 August 2021", "2021-08-10", "2025-08-10")]
    [InlineData("en", "We bought MAPS on 10 August 2025. When is the renewal window?", "10 August 2025", "2025-08-10", "2026-08-10")]
    public void Interpret_PurchaseBeforeThisCycle_ThisCyclesAnniversary(string language, string text, string surface, string iso, string expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, iso)], new DateOnly(2026, 6, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        var anchor = question.AnchorRole == DateRole.Anniversary ? question.AnchorDate : question.AnchorDate!.Value.AddYears(1);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), anchor);
    }

    [Theory]
    [InlineData("sv", "Chefen bad mig kolla: vi köpte Action Pack den 17 november 2025 och har inte förnyat sedan dess. Går det att förnya idag?", "den 17 november 2025", RuleKind.RenewalWindow)]
    [InlineData("nl", "Factuur van het Action Pack is van 2 januari 2026. Er is niets gebruikt. Kan het nog gecrediteerd worden?", "2 januari 2026", RuleKind.RefundDeadline)]
    [InlineData("nl", "De Intune-code hebben we op 11 april 2026 geactiveerd. Zijn we daar vandaag nog mee gedekt?", "11 april 2026", RuleKind.KeyUsableUntil)]
    [InlineData("zh-TW", "原始權杖 2026 年 5 月 3 日啟用，當時新增了基座而不是延長，現在才發現，還能換嗎？", "2026 年 5 月 3 日", RuleKind.ReplacementTokenDeadline)]
    public void Interpret_HelpDeskPhrasing_TheRule(string language, string text, string surface, RuleKind expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-01-02")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
    }

    [Fact]
    public void Interpret_RenewedEveryYearWindowOfANamedYear_ThatYearsAnniversary()
    {
        const string text = "We zitten sinds 20-01-2020 in het programma en verlengen elk jaar. Wat is het verlengingsvenster in 2027?";
        var year = new DateMention(text.IndexOf("in 2027", StringComparison.Ordinal), "in 2027".Length, DateMentionKind.DateRange,
            RangeStart: new DateOnly(2027, 1, 1), RangeEnd: new DateOnly(2028, 1, 1));

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "20-01-2020", "2020-01-20"), year], new DateOnly(2026, 6, 1));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2027, 1, 20), question.AnchorDate);
        Assert.Equal(DateRole.Anniversary, question.AnchorRole);
    }

    [Theory]
    [InlineData("en", "we bought the Action Pack three weeks ago, on 2 March 2026. can we still get our money back?", "three weeks ago", "2026-03-05", "2 March 2026")]
    [InlineData("sv", "vi köpte Action Pack den 2 mars 2026, för tre veckor sedan. kan vi få pengarna tillbaka?", "för tre veckor sedan", "2026-03-05", "den 2 mars 2026")]
    [InlineData("nl", "het Action Pack is drie weken geleden gekocht, op 2 maart 2026. kunnen we ons geld nog terugkrijgen?", "drie weken geleden", "2026-03-05", "2 maart 2026")]
    public void Interpret_OffsetRestatedByItsDay_CountsFromTheDay(string language, string text, string offset, string offsetIso, string day)
    {
        var question = interpreter.Interpret(text, language, new[] { Mentions.Day(text, offset, offsetIso), Mentions.Day(text, day, "2026-03-02") }
            .OrderBy(m => m.Start).ToList(), new DateOnly(2026, 3, 26));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RefundDeadline, question.Kind);
        Assert.Equal(new DateOnly(2026, 3, 2), question.AnchorDate);
    }

    [Fact]
    public void Interpret_OffsetThenVerbThenAFarDay_BothKept()
    {
        const string text = "de sleutel is twee weken geleden ingewisseld, op 1 april 2027 willen we hem nog gebruiken. kan dat?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "twee weken geleden", "2026-03-12"), Mentions.Day(text, "1 april 2027", "2027-04-01")], new DateOnly(2026, 3, 26));

        Assert.NotNull(question);
        Assert.Equal((RuleKind.KeyUsableUntil, new DateOnly(2026, 3, 12)), (question.Kind, question.AnchorDate));
    }

    [Fact]
    public void Interpret_OffsetAndDayForTwoEvents_BothKept()
    {
        const string text = "we bought the Action Pack on 2 March 2026 and activated the keys three weeks ago. can we still get a refund?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "2 March 2026", "2026-03-02"), Mentions.Day(text, "three weeks ago", "2026-03-05")], new DateOnly(2026, 3, 26));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2026, 3, 2), question.AnchorDate);
        Assert.True(question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Theory]
    [InlineData("en", "the Power BI key was redeemed on 4 May 2025 by a consultant who has since left. does it still work?", RuleKind.KeyUsableUntil)]
    [InlineData("en", "Anna got her Visual Studio subscription on 4 May 2025 and has since left. can her successor have it?", RuleKind.VsReassignFrom)]
    public void Interpret_PersonLeft_ReassignmentOnlyWhenNoOtherEventIsDated(string language, string text, RuleKind expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, "4 May 2025", "2025-05-04")]);

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
    }

    [Theory]
    [InlineData("sv", "Nyckeln löstes in 3 mars 2025. IT säger att den gäller ännu idag. Stämmer det?", "3 mars 2025")]
    [InlineData("nl", "De sleutel is op 3 maart 2025 ingewisseld. IT zegt dat hij vandaag nog werkt. Klopt dat?", "3 maart 2025")]
    public void Interpret_ClaimConfirmedByQuestion_AsksEligibility(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-03-03")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.KeyUsableUntil, question.Kind);
        Assert.True(question.AsksEligibility);
    }

    [Fact]
    public void Interpret_SwedishManagedToDownload_SoftwareActivated()
    {
        const string text = "Vi köpte Action Pack 2 mars 2026 och IT har redan hunnit ladda ner Windows Server. Kan vi få pengarna tillbaka?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "2 mars 2026", "2026-03-02")]);

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Theory]
    [InlineData("We bought the Action Pack on 10 March 2019. Can we still renew today?", "2024-04-20", "2024-03-10", DateRole.Anniversary)]
    [InlineData("We bought the Action Pack on 10 March 2024. When is our renewal window?", "2024-11-01", "2024-03-10", DateRole.Purchase)]
    [InlineData("We bought the Action Pack on 10 March 2022. When was our renewal window?", "2024-11-01", "2024-03-10", DateRole.Anniversary)]
    public void Interpret_PurchaseYearsBack_LatestAnniversaryOnOrBeforeToday(string text, string today, string expected, DateRole role)
    {
        var surface = text[(text.IndexOf(" on ", StringComparison.Ordinal) + 4)..text.IndexOf('.', StringComparison.Ordinal)];

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, surface, DateOnly.Parse(surface, System.Globalization.CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
        Assert.Equal(role, question.AnchorRole);
    }

    [Fact]
    public void Interpret_LapseYearsAfterPurchase_GracePeriodFromThisYearsAnniversary()
    {
        const string text = "We bought MAPS on 10 March 2019 and forgot to renew. Until when can we reactivate by paying?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "10 March 2019", "2019-03-10")], new DateOnly(2024, 3, 25));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.Equal(new DateOnly(2024, 3, 10), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "We already paid the renewal. Our anniversary is 1 September 2025. When does the next renewal window open?", "1 September 2025", true)]
    [InlineData("sv", "Förnyelsen är redan betald. Vår årsdag är 1 september 2025. När öppnar nästa förnyelsefönster?", "1 september 2025", true)]
    [InlineData("nl", "De verlenging hebben we al betaald. Onze jaardatum is 1 september 2025. Wanneer opent het volgende verlengingsvenster?", "1 september 2025", true)]
    [InlineData("zh-TW", "今年的續約費已經付了，我們的週年日是2025年9月1日，下一次的續約期間是什麼時候？", "2025年9月1日", true)]
    [InlineData("en", "We haven't paid the renewal yet. Our anniversary is 1 September 2025. When does the renewal window open?", "1 September 2025", false)]
    [InlineData("zh-TW", "我們已經續約好幾年了，週年日是2025年9月1日，這次的續約期間是什麼時候？", "2025年9月1日", false)]
    public void Interpret_RenewalAlreadyPaid_NextYearsWindow(string language, string text, string surface, bool paid)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-09-01")], new DateOnly(2025, 9, 15));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        Assert.Equal(paid, question.StatedFacts.RenewalPaid);
        Assert.Equal(paid ? new DateOnly(2026, 9, 1) : new DateOnly(2025, 9, 1), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "The reminder e-mail of 3 March 2025 says our anniversary is 20 March 2025. When is the renewal window?", "3 March 2025", "2025-03-03", "20 March 2025")]
    [InlineData("sv", "Fick ett mejl igår om förnyelsen. Vi köpte Action Pack 20 mars 2024. När kan vi förnya?", "igår", "2025-03-03", "20 mars 2024")]
    [InlineData("nl", "In de mail van 3 maart 2025 staat dat de jaardatum 20 maart 2025 is. Wanneer kunnen we verlengen?", "3 maart 2025", "2025-03-03", "20 maart 2025")]
    public void Interpret_DateAMessageCameOn_NotTheEvent(string language, string text, string messageSurface, string messageIso, string eventSurface)
    {
        var message = Mentions.Day(text, messageSurface, messageIso);
        var evt = Mentions.Day(text, eventSurface, language == "sv" ? "2024-03-20" : "2025-03-20");

        var question = interpreter.Interpret(text, language, new[] { message, evt }.OrderBy(m => m.Start).ToList(), new DateOnly(2025, 3, 4));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        Assert.Equal(evt.Date!.Value.Month, question.AnchorDate!.Value.Month);
        Assert.Equal(20, question.AnchorDate!.Value.Day);
    }

    [Fact]
    public void Interpret_PaymentAndAnniversaryDated_AnniversaryCounts()
    {
        const string text = "The invoice is dated 10 September 2025 and our anniversary is 1 September 2025. When does the renewal window close?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "10 September 2025", "2025-09-10"), Mentions.Day(text, "1 September 2025", "2025-09-01")], new DateOnly(2025, 9, 12));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2025, 9, 1), question.AnchorDate);
        Assert.Equal(DateRole.Anniversary, question.AnchorRole);
    }

    [Theory]
    [InlineData("en", "We didn't renew the Action Pack in June. The Power BI key was redeemed on 15 October 2024. Can sales still use it?", "15 October 2024")]
    [InlineData("sv", "Vi förnyade inte Action Pack i juni. Den 15 oktober 2024 löste jag in Power BI-nyckeln. Kan säljarna fortfarande använda den?", "Den 15 oktober 2024")]
    public void Interpret_LapseStatedButRedemptionDated_KeyRule(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-10-15")], new DateOnly(2025, 7, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.KeyUsableUntil, question.Kind);
        Assert.Equal(DateRole.Redemption, question.AnchorRole);
    }

    [Theory]
    [InlineData("en", "We joined on 2 October 2017. When is our renewal window this year?", "2 October 2017")]
    [InlineData("sv", "Vi gick med 2 oktober 2017. När är förnyelsefönstret i år?", "2 oktober 2017")]
    [InlineData("nl", "We zijn lid sinds 2 oktober 2017. Wanneer is het verlengingsvenster dit jaar?", "2 oktober 2017")]
    [InlineData("zh-TW", "我們2017年10月2日加入，今年的續約期間是什麼時候？", "2017年10月2日")]
    public void Interpret_JoinDate_MembershipStart(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2017-10-02")], new DateOnly(2025, 6, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        Assert.Equal(new DateOnly(2025, 10, 2), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "Our competency was due on 2 November 2020 and got the COVID extension. Is it still valid today?", "2 November 2020", true)]
    [InlineData("sv", "Kompetensen förföll 2 november 2020 och förlängdes pga covid. Gäller den fortfarande idag?", "2 november 2020", true)]
    [InlineData("zh-TW", "專長認證原本2020年11月2日到期，因為疫情延長了，現在還有效嗎？", "2020年11月2日", true)]
    [InlineData("en", "Our competency was due on 2 November 2020. Did the COVID extension apply to us?", "2 November 2020", false)]
    public void Interpret_CovidExtensionStillValid_AsksAboutToday(string language, string text, string surface, bool today)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2020-11-02")], new DateOnly(2023, 5, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.CovidExtension, question.Kind);
        Assert.Equal(today ? new DateOnly(2023, 5, 1) : null, question.CheckDay);
    }

    [Fact]
    public void Interpret_PaymentAfterTheAnniversary_DayAskedAbout()
    {
        const string text = "Our competency expired on 8 August 2025. The controller can only approve the payment on 8 September 2025. Can we still reactivate then?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "8 August 2025", "2025-08-08"), Mentions.Day(text, "8 September 2025", "2025-09-08")], new DateOnly(2025, 8, 29));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.Equal(new DateOnly(2025, 8, 8), question.AnchorDate);
        Assert.Equal(new DateOnly(2025, 9, 8), question.CheckDay);
    }

    [Theory]
    [InlineData("en", "We earned the competency on 14 February 2019 and didn't renew this year. Until when can we pay and reactivate?", "14 February 2019")]
    [InlineData("nl", "We hebben de competentie op 14 februari 2019 behaald en dit jaar niet verlengd. Tot wanneer kunnen we betalen om te heractiveren?", "14 februari 2019")]
    public void Interpret_CompetencyEarnedYearsAgo_ThisYearsLapse(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2019-02-14")], new DateOnly(2022, 3, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.Equal(new DateOnly(2022, 2, 14), question.AnchorDate);
    }

    [Fact]
    public void Interpret_DutchPastTenseExpiry_Anniversary()
    {
        const string text = "Onze competentie verliep op 16 februari 2024, de factuur kwam op 18 februari 2024. Wat is de laatste dag om te heractiveren?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "16 februari 2024", "2024-02-16"), Mentions.Day(text, "18 februari 2024", "2024-02-18")], new DateOnly(2024, 3, 1));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 2, 16), question.AnchorDate);
        Assert.Equal(DateRole.Anniversary, question.AnchorRole);
    }

    [Theory]
    [InlineData("11月14日啟用雲端服務權杖時選錯租用戶了，更換權杖最晚要在哪天之前發出？", false)]
    [InlineData("11月14日啟用雲端服務權杖時選錯租用戶了，之前已經換過一次，還能再換嗎？", true)]
    public void Interpret_ChineseBeforeWhichDay_NoEarlierReplacement(string text, bool issued)
    {
        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "11月14日", "2025-11-14")], new DateOnly(2025, 11, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.ReplacementTokenDeadline, question.Kind);
        Assert.Equal(issued, question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Fact]
    public void Interpret_ChineseCanWeReturnIt_Refund()
    {
        const string text = "Action Pack 1/20買的 已經啟用了Office的key 還能退嗎";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "1/20", "2020-01-20")], new DateOnly(2020, 2, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RefundDeadline, question.Kind);
        Assert.True(question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Fact]
    public void Interpret_LapsedAtTheEndOfLastMonth_TheMonthsLastDay()
    {
        const string text = "membership lapsed end of last month, nobody paid. until when can we reactivate?";
        var late = new DateMention(text.IndexOf("end of last month", StringComparison.Ordinal), "end of last month".Length, DateMentionKind.DateRange,
            RangeStart: new DateOnly(2025, 12, 16), RangeEnd: new DateOnly(2026, 1, 1));

        var question = interpreter.Interpret(text, "en", [late], new DateOnly(2026, 1, 5));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.Equal(new DateOnly(2025, 12, 31), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "My boss asks: 'Can we still get our money back?' We bought the Action Pack on 2 March 2026.", "2 March 2026", RuleKind.RefundDeadline)]
    [InlineData("sv", "Chefen frågar: ”Kan vi fortfarande få pengarna tillbaka?” Vi köpte Action Pack den 2 mars 2026.", "den 2 mars 2026", RuleKind.RefundDeadline)]
    [InlineData("zh-TW", "老闆問：「還能退款嗎？」我們2026年3月2日買了行動套件。", "2026年3月2日", RuleKind.RefundDeadline)]
    [InlineData("zh-TW", "產品金鑰喺2026年3月2號兌換嘅，而家仲用唔用得？", "2026年3月2號", RuleKind.KeyUsableUntil)]
    [InlineData("en", "We purchased the Action Pack on 2 March 2026 by mistake, nothing activated. Refund is possible?", "2 March 2026", RuleKind.RefundDeadline)]
    public void Interpret_QuotedOrPlainYesNo_AsksEligibility(string language, string text, string surface, RuleKind kind)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-02")], new DateOnly(2026, 3, 10));

        Assert.NotNull(question);
        Assert.Equal(kind, question.Kind);
        Assert.True(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "Our competency expired on 19 October 2024 because finance did not pay in time. Up to which date can we reactivate it?", "19 October 2024")]
    [InlineData("nl", "Wij zijn te laat, de competentie is verlopen op 19 oktober 2024. Tot wanneer kunnen wij betalen voor het heractiveren?", "19 oktober 2024")]
    [InlineData("zh-TW", "專長認證2024年10月19日到期，老闆還在考慮要不要續。最晚哪天可以補繳？", "2024年10月19日")]
    public void Interpret_StatementOrEmbeddedQuestionThenWhen_NoYesNo(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-10-19")], new DateOnly(2024, 10, 25));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.False(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "I assigned a Visual Studio subscription to Tom on 20 March 2025. He leaves on 27 June 2025. Can I reassign it to Priya on his last day?", "27 June 2025")]
    [InlineData("sv", "Jag tilldelade en Visual Studio-prenumeration till Erik den 20 mars 2025. Han slutar den 27 juni 2025. Kan jag flytta den till Sara på hans sista dag?", "den 27 juni 2025")]
    public void Interpret_QuestionAboutTheLastDay_DepartureDayAsked(string language, string text, string departure)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, language == "en" ? "20 March 2025" : "den 20 mars 2025", "2025-03-20"), Mentions.Day(text, departure, "2025-06-27")], new DateOnly(2025, 6, 10));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
        Assert.True(question.AsksEligibility);
        Assert.Equal(new DateOnly(2025, 6, 27), question.CheckDay);
    }

    [Fact]
    public void Interpret_DateInAppositionAfterTheQuestion_DayAsked()
    {
        const string text = "We kochten het Action Pack op 10 juni 2020. Kan ik de verlenging nog regelen op mijn eerste werkdag terug, maandag 15 juli 2024?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "10 juni 2020", "2020-06-10"), Mentions.Day(text, "maandag 15 juli 2024", "2024-07-15")], new DateOnly(2024, 6, 28));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 7, 15), question.CheckDay);
    }

    [Theory]
    [InlineData("zh-TW", "我們的專長認證上星期一（10月13号）過期了，還沒續。最晚哪天可以補繳？", "上星期一", "10月13号")]
    [InlineData("en", "Our competency expired last Monday (13 October) and nobody paid. Until when can we reactivate?", "last Monday", "13 October")]
    public void Interpret_DayRestatedInBrackets_RoleAfterTheBracket(string language, string text, string first, string restated)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, first, "2025-10-13"), Mentions.Day(text, restated, "2025-10-13")], new DateOnly(2025, 10, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.Equal(DateRole.Anniversary, question.AnchorRole);
        Assert.Equal(new DateOnly(2025, 10, 13), question.AnchorDate);
    }

    [Theory]
    [InlineData("sv", "Tilldelningen gjordes 20 december 2021. Kan jag tilldela om prenumerationen den 15 mars 2022?", "20 december 2021", "den 15 mars 2022")]
    [InlineData("nl", "Visual Studio is toegewezen op 1 december 2021. Kan ik het op 15 maart 2022 opnieuw toewijzen?", "1 december 2021", "15 maart 2022")]
    public void Interpret_ReassignOnANamedDay_AssignmentAndDayAsked(string language, string text, string assigned, string asked)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, assigned, language == "sv" ? "2021-12-20" : "2021-12-01"), Mentions.Day(text, asked, "2022-03-15")], new DateOnly(2022, 2, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
        Assert.Equal(DateRole.Assignment, question.AnchorRole);
        Assert.Equal(new DateOnly(2022, 3, 15), question.CheckDay);
    }

    [Fact]
    public void Interpret_DutchWillThatWork_AsksEligibility()
    {
        const string text = "Action Pack is gekocht op 8 juni 2024. Dit jaar willen wij de verlenging doen op 9 juni 2026. Gaat dat lukken op die dag?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "8 juni 2024", "2024-06-08"), Mentions.Day(text, "9 juni 2026", "2026-06-09")], new DateOnly(2026, 5, 20));

        Assert.NotNull(question);
        Assert.True(question.AsksEligibility);
    }

    [Fact]
    public void Interpret_YesNoNamesTheKey_KeyOverTheRenewalDateTold()
    {
        const string text = "Nyckeln löste vi in 2022-09-30 och förnyelsedatumet för medlemskapet var 15 januari 2023. Fungerar nyckeln fortfarande idag?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "2022-09-30", "2022-09-30"), Mentions.Day(text, "15 januari 2023", "2023-01-15")], new DateOnly(2023, 3, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.KeyUsableUntil, question.Kind);
        Assert.Equal(new DateOnly(2022, 9, 30), question.AnchorDate);
    }

    [Fact]
    public void Interpret_YearlessPaymentDayAfterTheExpiry_DayAsked()
    {
        const string text = "Vår kompetens gick ut den 29 mars 2021. Fakturan attesteras först den 30 april – går det att återaktivera då?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "den 29 mars 2021", "2021-03-29"), Mentions.Day(text, "den 30 april", "2020-04-30")], new DateOnly(2021, 4, 10));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.Equal(new DateOnly(2021, 4, 30), question.CheckDay);
    }

    [Theory]
    [InlineData("en", "We paid our Action Pack renewal last week, so we're sorted for this year. We bought it on 9 May 2019. When can we renew next time?", "9 May 2019")]
    [InlineData("sv", "Vi har redan betalat årets förnyelse av vårt Action Pack (köpt 9 maj 2019). När kan vi förnya nästa gång?", "9 maj 2019")]
    [InlineData("nl", "De verlenging van ons Action Pack (gekocht op 9 mei 2019) hebben we deze maand al betaald. Wanneer kunnen we de volgende keer verlengen?", "9 mei 2019")]
    [InlineData("zh-TW", "今年的續約費我們上週已經付了，當初是2019年5月9日買的。下一次可以續約是什麼時候？", "2019年5月9日")]
    public void Interpret_ThisYearsRenewalPaidInOtherWords_NextYearsWindow(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2019-05-09")], new DateOnly(2022, 6, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        Assert.True(question.StatedFacts.RenewalPaid);
        Assert.Equal(new DateOnly(2023, 5, 9), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "We signed up for the Action Pack on 2 April 2024. When exactly can we pay for the renewal?", "2 April 2024")]
    [InlineData("nl", "We hebben het Action Pack op 2 april 2024 gekocht. Kunnen we de verlenging voor dit jaar nu al betalen?", "2 april 2024")]
    public void Interpret_PayingTheRenewal_RenewalWindowNotGracePeriod(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-04-02")], new DateOnly(2025, 3, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
    }

    [Theory]
    [InlineData("en", "Priya got her Visual Studio subscription on 1 April 2025 and leaves today. Can we move it to her successor right away?", "1 April 2025")]
    [InlineData("sv", "Anna fick sin Visual Studio-prenumeration 1 april 2025 och slutar i dag. Kan vi flytta över den direkt?", "1 april 2025")]
    [InlineData("nl", "Mark heeft zijn Visual Studio-abonnement sinds 1 april 2025 en vertrekt vandaag. Kunnen we het meteen aan zijn opvolger toewijzen?", "1 april 2025")]
    public void Interpret_SubscriptionHeldSince_Assignment(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-04-01")], new DateOnly(2025, 6, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
        Assert.Equal(DateRole.Assignment, question.AnchorRole);
    }

    [Theory]
    [InlineData("en", "Our competency anniversary fell right when the pandemic started. Are we covered by the COVID extension?")]
    [InlineData("sv", "Vår kompetens gick ut när pandemin bröt ut. Omfattas vi av covid-förlängningen?")]
    [InlineData("zh-TW", "我們的專長認證是在疫情剛爆發的時候到期的，可以延長到什麼時候？")]
    public void Interpret_ExpiryAtThePandemicsStart_BeforeTheExtensionsRange(string language, string text)
    {
        var question = interpreter.Interpret(text, language, [], new DateOnly(2020, 10, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.CovidExtension, question.Kind);
        Assert.Equal(new DateOnly(2020, 3, 11), question.AnchorDate);
    }

    [Fact]
    public void Interpret_MembershipRanOut_Anniversary()
    {
        const string text = "Our membership ran out on 3 April 2023 and the invoice only got approved this morning. Can we still pay and have it reactivated?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "3 April 2023", "2023-04-03")], new DateOnly(2023, 5, 10));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.Equal(new DateOnly(2023, 4, 3), question.AnchorDate);
        Assert.Equal(DateRole.Anniversary, question.AnchorRole);
    }

    [Theory]
    [InlineData("sv", "Klistrar in från påminnelsemejlet (skickat 2023-05-02): ”Din kompetens upphör att gälla 2023-05-20.” Hur länge efteråt kan vi betala och återaktivera?", "2023-05-02", "2023-05-20")]
    [InlineData("nl", "Uit de mail van Microsoft (verzonden 2-5-2023): 'Uw competentie verloopt op 20-5-2023.' Tot welke datum kunnen we dan nog betalen?", "2-5-2023", "20-5-2023")]
    public void Interpret_SentDateOfAQuotedMail_NotTheEvent(string language, string text, string sent, string expiry)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, sent, "2023-05-02"), Mentions.Day(text, expiry, "2023-05-20")], new DateOnly(2023, 5, 10));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
        Assert.Equal(new DateOnly(2023, 5, 20), question.AnchorDate);
    }

    [Fact]
    public void Interpret_DutchFirstPersonRenew_RenewalWindow()
    {
        const string text = "Ons Action Pack is op 25 oktober 2021 gekocht. Lukt het nog als ik maandag 2 december 2024 verleng?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "25 oktober 2021", "2021-10-25"), Mentions.Day(text, "maandag 2 december 2024", "2024-12-02")], new DateOnly(2024, 11, 28));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        Assert.Equal(new DateOnly(2024, 12, 2), question.CheckDay);
    }
}
