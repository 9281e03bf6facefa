using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Reading a situation's dates and its question: a day placed in the year just named, a role phrase that marks only the date right
/// after it, what the question clause itself names, and a redeemed token.
/// </summary>
public sealed class RuleQuestionInterpreterReadingTests
{
    private readonly RuleQuestionInterpreter interpreter = new();

    [Theory]
    [InlineData("sv", "Vi köpte Action Pack i fjol, den 14 april. Kan vi förnya i dag?", "i fjol", 2023, "den 14 april", "2024-04-14", "2023-04-14", DateRole.Purchase)]
    [InlineData("sv", "Vi har haft kompetensen sedan 2020, köpte den på nationaldagen. När kan vi förnya?", "sedan 2020", 2020, "nationaldagen", "2024-06-06", "2024-06-06", DateRole.Anniversary)]
    [InlineData("en", "We joined in 2021, on 12 May to be exact. When is our renewal window?", "2021", 2021, "12 May", "2024-05-12", "2024-05-12", DateRole.Anniversary)]
    public void Interpret_DayWithoutYearRightAfterAYear_InThatYear(string language, string text, string year, int yearValue, string day, string latest, string anchor, DateRole role)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Year(text, year, yearValue), Mentions.Day(text, day, latest)], new DateOnly(2024, 6, 25));

        Assert.NotNull(question);
        Assert.Equal((DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture), role), (question.AnchorDate!.Value, question.AnchorRole));
    }

    [Fact]
    public void Interpret_DayAfterAYearInAnotherSentence_KeepsItsOwnYear()
    {
        const string text = "We joined in 2021. On 12 May we redeemed the key. How long can we use it?";

        var question = interpreter.Interpret(text, "en", [Mentions.Year(text, "2021", 2021), Mentions.Day(text, "12 May", "2024-05-12")], new DateOnly(2024, 6, 25));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 5, 12), question.AnchorDate);
    }

    [Fact]
    public void Interpret_RolePhraseWithAnotherDateBetween_DoesNotMarkTheLaterDate()
    {
        const string text = "續約日是2/1 我們還沒付 3月5號還可以啟用visual studio嗎";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "2/1", "2021-02-01"), Mentions.Day(text, "3月5號", "2020-03-05")], new DateOnly(2021, 2, 10));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2021, 2, 1), question.AnchorDate);
        Assert.Equal(new DateOnly(2021, 3, 5), question.CheckDay);
    }

    [Theory]
    [InlineData("en", "Our anniversary was 15 August and we haven't renewed yet. Can Priya still activate her Visual Studio subscription today?", "15 August")]
    [InlineData("nl", "De vervaldatum van ons lidmaatschap was 15 augustus en we hebben nog niet verlengd. Kan Daan vandaag nog zijn Visual Studio-abonnement activeren?", "15 augustus")]
    [InlineData("sv", "Årsdagen var 15 augusti och vi har inte förnyat än. Kan Johan fortfarande aktivera sin Visual Studio-prenumeration?", "15 augusti")]
    [InlineData("zh-TW", "週年日是8月15日 還沒續約 新同事的VS訂閱最晚哪天要啟用", "8月15日")]
    public void Interpret_QuestionAboutActivatingVisualStudioAfterALapse_UserAssignedBenefits(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2024-08-15")], new DateOnly(2024, 8, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.UserAssignedBenefitExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "Our admin redeemed the Office 365 token on the wrong tenant on August 3, 2022. What's the deadline to get a new token?", "August 3, 2022", RuleKind.ReplacementTokenDeadline)]
    [InlineData("en", "We redeemed the Windows Server license on 9/17/2021. How long can we keep using it?", "9/17/2021", RuleKind.KeyUsableUntil)]
    [InlineData("sv", "Vi löste in licensen för Windows Server den 2 augusti 2021. Hur länge kan vi använda den?", "2 augusti 2021", RuleKind.KeyUsableUntil)]
    [InlineData("nl", "Is de code die we op 31-1-2023 hebben ingewisseld vandaag nog geldig?", "31-1-2023", RuleKind.KeyUsableUntil)]
    public void Interpret_Redeemed_KeyUnlessTheTokenWentToTheWrongTenant(string language, string text, string surface, RuleKind expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2022-08-03")], new DateOnly(2022, 8, 20));

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
    }

    [Theory]
    [InlineData("en", "Bought the Action Pack on 5 September 2022. Can we still renew it today or did we miss the deadline?", true)]
    [InlineData("en", "Bought the Action Pack on 5 September 2022. What's the deadline to renew it?", false)]
    [InlineData("nl", "Action Pack gekocht op 5 september 2022. Hoelang kunnen we nog verlengen?", false)]
    [InlineData("en", "Bought the Action Pack on 5 September 2022. Can we still renew it on the last day of this month?", true)]
    [InlineData("en", "Bought the Action Pack on 5 September 2022. What is the last day to renew it?", false)]
    [InlineData("sv", "Köpte Action Pack 5 september 2022. Kan vi förnya sista dagen i månaden?", true)]
    [InlineData("sv", "Köpte Action Pack 5 september 2022. Vilken är sista dagen att förnya?", false)]
    [InlineData("nl", "Action Pack gekocht op 5 september 2022. Kunnen we op de laatste dag van deze maand nog verlengen?", true)]
    [InlineData("nl", "Action Pack gekocht op 5 september 2022. Wat is de laatste dag om te verlengen?", false)]
    public void Interpret_MissingTheDeadlineOrHowLong_YesNoOnlyWhenNotAnOpenQuestion(string language, string text, bool expected)
    {
        var surface = language == "en" ? "5 September 2022" : "5 september 2022";

        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2022-09-05")], new DateOnly(2023, 9, 20));

        Assert.NotNull(question);
        Assert.Equal(expected, question.AsksEligibility);
    }

    [Fact]
    public void Interpret_ChineseRenewalPaidOnADay_NextCycle()
    {
        const string text = "今年的續約費已經在3月20號付了，我們的週年日是3月18日。下一次的續約期間是什麼時候？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "3月20號", "2024-03-20"), Mentions.Day(text, "3月18日", "2024-03-18")], new DateOnly(2024, 4, 2));

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.RenewalPaid);
        Assert.Equal(new DateOnly(2025, 3, 18), question.AnchorDate);
    }

    [Theory]
    [InlineData("sv", "Paketet köptes den 3 december 2020 och vi förnyade i fjol. När öppnar årets förnyelse?", "i fjol", "den 3 december 2020")]
    [InlineData("en", "The pack was bought on 3 December 2020; we renewed it last year. When is this year's renewal window?", "last year", "3 December 2020")]
    public void Interpret_PastRenewalInAnotherYearThanTheQuestions_ThisYearsWindow(string language, string text, string lastYear, string purchase)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, purchase, "2020-12-03"), Mentions.Year(text, lastYear, 2021)], new DateOnly(2022, 11, 9));

        Assert.NotNull(question);
        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2022, 12, 3)), (question.Kind, question.AnchorDate));
    }

    [Theory]
    [InlineData("en", "Our new accountant joined on 2 May 2022, and we bought the Action Pack on 14 June 2021. When can we renew?", "2 May 2022", "14 June 2021")]
    [InlineData("sv", "Vår nya ekonom gick med i teamet 2 maj 2022, och vi köpte Action Pack 14 juni 2021. När kan vi förnya?", "2 maj 2022", "14 juni 2021")]
    [InlineData("zh-TW", "新同事2022年5月2日加入公司，我們2021年6月14日買了Action Pack。什麼時候可以續約？", "2022年5月2日", "2021年6月14日")]
    public void Interpret_PersonJoiningTheCompany_NotTheMembershipsStart(string language, string text, string joined, string bought)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, joined, "2022-05-02"), Mentions.Day(text, bought, "2021-06-14")], new DateOnly(2022, 11, 9));

        Assert.NotNull(question);
        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2021, 6, 14), DateRole.Purchase), (question.Kind, question.AnchorDate, question.AnchorRole));
    }

    [Theory]
    [InlineData("sv", "Vi registrerade oss den 18 november 2022 men förnyar inte. Hur länge kan teamet använda Visual Studio?", "den 18 november 2022")]
    [InlineData("nl", "We namen het lidmaatschap op 18-11-2022 maar stoppen ermee. Hoe lang kan het team Visual Studio gebruiken?", "18-11-2022")]
    public void Interpret_SignedUpOrTookTheMembership_ThePurchase(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2022-11-18")], new DateOnly(2023, 12, 1));

        Assert.NotNull(question);
        Assert.Equal((RuleKind.UserAssignedBenefitExtension, DateRole.Purchase), (question.Kind, question.AnchorRole));
    }

    [Fact]
    public void Interpret_YearlessDayRestatedInBracketsAfterADatedOne_ThatDay()
    {
        const string text = "我們在2022年國慶日(10/10)買了方案，今年沒續約，還能重新啟用嗎？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "2022年國慶日", "2022-10-10"), Mentions.Day(text, "10/10", "2023-10-10")], new DateOnly(2023, 11, 1));

        Assert.NotNull(question);
        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2022, 10, 10), DateRole.Purchase), (question.Kind, question.AnchorDate, question.AnchorRole));
    }

    [Fact]
    public void Interpret_SwedishCardPaymentFailed_GracePeriod()
    {
        const string text = "Årsdag 20 november, men betalningen med kortet misslyckades. Hinner vi om vi betalar 13 december?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "20 november", "2024-11-20"), Mentions.Day(text, "13 december", "2024-12-13")], new DateOnly(2024, 12, 2));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
    }

    [Fact]
    public void Interpret_ChineseRenewalPaidInEnglishWord_NextCycle()
    {
        const string text = "這一期的renew已經繳了，我們的週年日是3月18日。下一次的續約期間是什麼時候？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "3月18日", "2024-03-18")], new DateOnly(2024, 4, 2));

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.RenewalPaid);
        Assert.Equal(new DateOnly(2025, 3, 18), question.AnchorDate);
    }

    [Theory]
    [InlineData("zh-TW", "金鑰是2022年5月3日 喔不是 5月13日兌換的 今天還能用嗎", "2022年5月3日", "2022-05-03", "5月13日")]
    [InlineData("zh-TW", "我們是這個月2號 不對 是13號兌換的金鑰 可以用到什麼時候", "這個月2號", "2022-06-02", "13號")]
    public void Interpret_ChineseCorrectedDay_TheCorrection(string language, string text, string wrong, string wrongDate, string right)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, wrong, wrongDate), Mentions.Day(text, right, "2022-05-13")], new DateOnly(2022, 6, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.KeyUsableUntil, question.Kind);
        Assert.Equal(wrongDate[..7] + "-13", question.AnchorDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Interpret_BareDayCorrectedInsideASplitDate_TheCorrectionInTheMonthAfterIt()
    {
        const string text = "We redeemed the key on the 3rd - sorry, the 13th - of May 2022. How long can we use it?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "the 3rd", "2022-06-03"), Mentions.Day(text, "the 13th", "2022-06-13"), Mentions.Month(text, "May 2022", 2022, 5)], new DateOnly(2022, 6, 20));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2022, 5, 13), question.AnchorDate);
    }

    [Fact]
    public void Interpret_RolePhraseRightAfterItsDate_DoesNotMarkTheDayAsked()
    {
        const string text = "阿華的Visual Studio是2024年2月1日指派的 5月1日可以給新同事嗎";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "2024年2月1日", "2024-02-01"), Mentions.Day(text, "5月1日", "2023-05-01")], new DateOnly(2024, 3, 18));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
        Assert.Equal(new DateOnly(2024, 5, 1), question.CheckDay);
    }

    [Theory]
    [InlineData("sv", "Prenumerationen tilldelades Kim den 7 januari 2025. Från vilket datum får vi ge den till Oskar?", "den 7 januari 2025")]
    [InlineData("nl", "Kim kreeg het Visual Studio-abonnement op 7 januari 2025. Wanneer mogen we het aan Fatima geven?", "7 januari 2025")]
    [InlineData("zh-TW", "阿明的訂閱是2025年1月7日指派的，什麼時候可以交給下一位？", "2025年1月7日")]
    public void Interpret_GivingTheSubscriptionToSomeone_Reassignment(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-01-07")], new DateOnly(2025, 2, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
    }

    [Fact]
    public void Interpret_RenewingEveryYrAbbreviated_ThisYearsWindow()
    {
        const string text = "we joined 3/28/2021, been renewing every yr since. can we do this yrs renewal already or is it too early";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "3/28/2021", "2021-03-28")], new DateOnly(2024, 3, 9));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 3, 28), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "I gave Lena the VS subscription on 11/20/2025. If I had reassigned it to the intern on February 15, would that have been allowed?", "11/20/2025", "2025-11-20", "February 15", "2026-02-15", "2026-03-02")]
    [InlineData("sv", "Kompetensen löpte ut 2023-08-10. Om vi hade betalat den 11 september, hade vi fått tillbaka den då?", "2023-08-10", "2023-08-10", "den 11 september", "2023-09-11", "2023-10-01")]
    [InlineData("nl", "De competentie verliep op 3-3-2025. Hadden we hem nog terug kunnen krijgen als we op 1 april betaald hadden?", "3-3-2025", "2025-03-03", "1 april", "2025-04-01", "2025-05-01")]
    [InlineData("zh-TW", "專長認證在2023年2月10日到期。如果我們3月10日就付款的話，當時還能恢復嗎？", "2023年2月10日", "2023-02-10", "3月10日", "2023-03-10", "2023-04-01")]
    public void Interpret_DaySupposedInACondition_TheDayAskedNotTheEvent(string language, string text, string eventSurface, string eventDate, string supposedSurface, string supposedDate, string today)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, eventSurface, eventDate), Mentions.Day(text, supposedSurface, supposedDate)], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(question);
        Assert.Equal(DateOnly.Parse(eventDate, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
        Assert.Equal(DateOnly.Parse(supposedDate, System.Globalization.CultureInfo.InvariantCulture), question.CheckDay);
    }

    [Fact]
    public void Interpret_RenewingOnASupposedDay_PurchaseStaysTheEvent()
    {
        const string text = "The Action Pack was bought on 4 May 2021 and we renew it yearly. Can we still do it if finance renews on 20 June?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "4 May 2021", "2021-05-04"), Mentions.Day(text, "20 June", "2024-06-20")], new DateOnly(2025, 5, 10));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2025, 6, 20), question.CheckDay);
        Assert.NotEqual(new DateOnly(2025, 6, 20), question.AnchorDate);
    }

    [Fact]
    public void Interpret_AskingIf_NoCondition()
    {
        const string text = "Finance is asking if we can get a replacement for the token activated on the wrong tenant on 3 May 2024. We already got one on 20 May 2024. Is a second one possible?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "3 May 2024", "2024-05-03"), Mentions.Day(text, "20 May 2024", "2024-05-20")], new DateOnly(2024, 5, 25));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2024, 5, 3), question.AnchorDate);
    }

    [Theory]
    [InlineData("en", "Bought on October 12, 2022. Finance wanted to pay the renewal early, on 10/10/2023. Would the renewal have gone through on that day?", "October 12, 2022", "10/10/2023")]
    [InlineData("sv", "Kompetensen köptes 2021-09-15. Ekonomi ville betala förnyelsen redan 2022-09-10. Hade det gått att förnya den dagen?", "2021-09-15", "2022-09-10")]
    [InlineData("en", "Bought on October 12, 2022. I'm away until 10/10/2023. If I renew then, is that still OK?", "October 12, 2022", "10/10/2023")]
    [InlineData("sv", "Kompetensen köptes 2021-09-15. Jag är borta till 2022-09-10. Hinner jag förnya då?", "2021-09-15", "2022-09-10")]
    public void Interpret_YesNoAboutThatDay_TheDayToldBefore(string language, string text, string bought, string paid)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, bought, language == "en" ? "2022-10-12" : "2021-09-15"), Mentions.Day(text, paid, language == "en" ? "2023-10-10" : "2022-09-10")], new DateOnly(2023, 11, 8));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        Assert.Equal(language == "en" ? new DateOnly(2023, 10, 10) : new DateOnly(2022, 9, 10), question.CheckDay);
    }

    [Theory]
    [InlineData("sv", "Vi köpte Action Pack 2021-01-04. Till vilket datum gäller ångerrätten?", "2021-01-04")]
    [InlineData("nl", "Action Pack gekocht op 4-1-2021. Tot wanneer loopt de bedenktijd?", "4-1-2021")]
    [InlineData("en", "We bought the Action Pack on 4 January 2021. When does the cooling-off period end?", "4 January 2021")]
    [InlineData("zh-TW", "2021年1月4日買的 Action Pack，鑑賞期到什麼時候？", "2021年1月4日")]
    public void Interpret_RightOfWithdrawal_Refund(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2021-01-04")], new DateOnly(2021, 1, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RefundDeadline, question.Kind);
    }

    [Theory]
    [InlineData("en", "Our competency expired on 3 March 2025. Can we still get it back if we pay now?", "3 March 2025")]
    [InlineData("nl", "Onze competentie verliep op 3 maart. Tot wanneer kunnen we betalen om hem terug te krijgen?", "3 maart")]
    [InlineData("sv", "Kompetensen gick ut 3 mars 2025. Kan vi få tillbaka den om vi betalar nu?", "3 mars 2025")]
    public void Interpret_GettingTheCompetencyBack_GracePeriod(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2025-03-03")], new DateOnly(2025, 3, 20));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.GracePeriodEnd, question.Kind);
    }

    [Fact]
    public void Interpret_LabelledRecord_EachDateTakesItsLabel()
    {
        const string text = "From the invoice: \"Invoice date: 2023-05-02 · Redeemed: 2023-05-17 · Product: Windows Server\". How long can we keep using that key?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "2023-05-02", "2023-05-02"), Mentions.Day(text, "2023-05-17", "2023-05-17")], new DateOnly(2023, 6, 1));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2023, 5, 17), question.AnchorDate);
    }

    [Theory]
    [InlineData("Priya: we bought the competency on June 12, 2023. Tom: last year's renewal was done on time. When does this year's renewal window close?", false)]
    [InlineData("Member since June 12, 2023. Sarah confirmed this year's renewal went through already. When does the next renewal window open?", true)]
    public void Interpret_RenewalPaid_ThisCycleOnly(string text, bool expected)
    {
        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "June 12, 2023", "2023-06-12")], new DateOnly(2025, 6, 20));

        Assert.NotNull(question);
        Assert.Equal(expected, question.StatedFacts.RenewalPaid);
    }

    [Fact]
    public void Interpret_MonthRestatedWithItsDay_TheMonthsYear()
    {
        const string text = "Sleutel ingewisseld in april vorig jaar, op 28 april. Werkt die nog?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Month(text, "april vorig jaar", 2020, 4), Mentions.Day(text, "28 april", "2021-04-28")], new DateOnly(2021, 6, 1));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2020, 4, 28), question.AnchorDate);
    }

    [Fact]
    public void Interpret_DutchInvoiceStillOpen_NoYesNo()
    {
        const string text = "Jubileumdatum is 27 februari 2025. De factuur staat nog open. Tot welke datum kunnen gebruikers hun VS-abonnementen nog activeren?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "27 februari 2025", "2025-02-27")], new DateOnly(2025, 3, 5));

        Assert.NotNull(question);
        Assert.False(question.AsksEligibility);
    }

    [Theory]
    [InlineData("權杖2021年12月3日啟用到錯的租用戶。等他回來那天再申請替換權杖還來得及嗎？", false)]
    [InlineData("權杖2021年12月3日啟用到錯的租用戶，已經換過一次了，還能再申請嗎？", true)]
    public void Interpret_ChineseZaiAfterATime_ThenNotAgain(string text, bool expected)
    {
        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "2021年12月3日", "2021-12-03")], new DateOnly(2021, 12, 20));

        Assert.NotNull(question);
        Assert.Equal(expected, question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Fact]
    public void Interpret_ChineseSoftwareDownloadedDown_Activated()
    {
        const string text = "2021年5月10日買了 Action Pack，阿志已經把軟體下載下來了。可以退款嗎？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "2021年5月10日", "2021-05-10")], new DateOnly(2021, 5, 20));

        Assert.NotNull(question);
        Assert.True(question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Theory]
    [InlineData("我哋喺2023年12月1號買咗 Action Pack，想問續期幾時開始、幾時截止？", "2023年12月1號", RuleKind.RenewalWindow)]
    [InlineData("我哋喺2023年9月1號將 Visual Studio 訂閱分咗俾個實習生，幾時先可以轉俾第二個？", "2023年9月1號", RuleKind.VsReassignFrom)]
    public void Interpret_CantoneseQuestion_Rule(string text, string surface, RuleKind expected)
    {
        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, surface, surface.StartsWith("2023年12", StringComparison.Ordinal) ? "2023-12-01" : "2023-09-01")], new DateOnly(2024, 1, 10));

        Assert.NotNull(question);
        Assert.Equal(expected, question.Kind);
        Assert.False(question.AsksEligibility);
    }

    [Fact]
    public void Interpret_CompanyAnniversaryCelebration_NotTheMembershipsAnniversary()
    {
        const string text = "我們是在2020年5月18日購買 Action Pack 的，另外公司週年慶在6月1日。請問今年可以續約的期間是從哪天到哪天？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "2020年5月18日", "2020-05-18"), Mentions.Day(text, "6月1日", "2020-06-01")], new DateOnly(2021, 4, 1));

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2020, 5, 18), question.AnchorDate);
    }

    [Fact]
    public void Interpret_YearlessAnniversaryLateInTheYear_NoCovidEvidence()
    {
        const string text = "We've been partners since 2018 and our anniversary's the 25th of November. Can we do this year's renewal today?";

        var question = interpreter.Interpret(text, "en", [Mentions.Year(text, "2018", 2018), Mentions.Day(text, "the 25th of November", "2020-11-25")], new DateOnly(2021, 11, 10));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
        Assert.False(question.StatedFacts.RenewalPaid);
    }

    [Fact]
    public void Interpret_QuestionNamesToday_NotALaterPlannedDay()
    {
        const string text = "Köpet gjordes den 30 september 2020. Ledningsgruppen träffas den 2 november, men kan vi få återbetalning om vi avbryter idag?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "den 30 september 2020", "2020-09-30"), Mentions.Day(text, "den 2 november", "2019-11-02")], new DateOnly(2020, 10, 20));

        Assert.NotNull(question);
        Assert.Null(question.CheckDay);
    }

    [Fact]
    public void Interpret_DutchArrangingTheRenewal_RenewalWindow()
    {
        const string text = "Onze jubileumdatum is 28 september. Kan ik de verlenging voor dit jaar vandaag al regelen?";

        var question = interpreter.Interpret(text, "nl", [Mentions.Day(text, "28 september", "2020-09-28")], new DateOnly(2021, 9, 10));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RenewalWindow, question.Kind);
    }

    [Fact]
    public void Interpret_SwedishRedeemedWithSubjectBetween_Key()
    {
        const string text = "Koden till Office löste vi in 2022-02-20, samma vecka som Visio-koden. Hur länge funkar Office-koden?";

        var question = interpreter.Interpret(text, "sv", [Mentions.Day(text, "2022-02-20", "2022-02-20")], new DateOnly(2022, 6, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.KeyUsableUntil, question.Kind);
    }

    [Fact]
    public void Interpret_LapseAndVisualStudioActivationTied_UserAssignedBenefits()
    {
        const string text = "週年日是1月20日，我們還沒續約。新同事下週一要啟用 Visual Studio 訂閱，來得及嗎？";

        var question = interpreter.Interpret(text, "zh-TW", [Mentions.Day(text, "1月20日", "2021-01-20")], new DateOnly(2021, 2, 3));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.UserAssignedBenefitExtension, question.Kind);
    }

    [Theory]
    [InlineData("en", "We earned the competency on 14 October 2017 and pay on that day each year. Did the COVID extension apply to us?", "14 October 2017", "2017-10-14", "2020-10-14")]
    [InlineData("sv", "Vi skaffade guldkompetensen den 15 mars 2017 och årsdagen är samma datum varje år. Blir vi förlängda med pandemin?", "den 15 mars 2017", "2017-03-15", "2020-03-15")]
    public void Interpret_CovidExtensionForAnOlderMembership_Its2020Anniversary(string language, string text, string surface, string told, string expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, told)], new DateOnly(2020, 11, 1));

        Assert.NotNull(question);
        Assert.Equal(RuleKind.CovidExtension, question.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
    }
}
