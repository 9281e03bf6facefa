using BenefitsBot.Domain.Dates;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>Paraphrases beyond the dev set, per language, with the mention a recognizer would report.</summary>
public sealed class RuleQuestionInterpreterTests
{
    private readonly RuleQuestionInterpreter interpreter = new();

    [Theory]
    [InlineData("en", "We purchased our Silver competency on 2 Feb 2024 - when does the renewal window open?", "2 Feb 2024", "2024-02-02", RuleKind.RenewalWindow, false)]
    [InlineData("en", "when is our renwal window? we bougth it on 3/3/2025", "3/3/2025", "2025-03-03", RuleKind.RenewalWindow, false)]
    [InlineData("en", "Our key was redeemed on Jan 5 2026, how long is it good for?", "Jan 5 2026", "2026-01-05", RuleKind.KeyUsableUntil, false)]
    [InlineData("en", "is it too late to reactivate? anniversary was Oct 1 2026", "Oct 1 2026", "2026-10-01", RuleKind.GracePeriodEnd, true)]
    [InlineData("en", "can we still get a refund? we bought MAP on Nov 10 2026", "Nov 10 2026", "2026-11-10", RuleKind.RefundDeadline, true)]
    [InlineData("en", "gave a VS subscription to Sam on Sep 1 2026. can I already reassign it?", "Sep 1 2026", "2026-09-01", RuleKind.VsReassignFrom, true)]
    [InlineData("en", "our competency was up for renewal on 1 Sept 2020, were we part of the pandemic extension?", "1 Sept 2020", "2020-09-01", RuleKind.CovidExtension, true)]
    [InlineData("sv", "Vi köpte guldkompetensen 3 mars 2025. När börjar förnyelseperioden?", "3 mars 2025", "2025-03-03", RuleKind.RenewalWindow, false)]
    [InlineData("sv", "nar kan vi fornya? vi kopte MAP 5 maj 2025", "5 maj 2025", "2025-05-05", RuleKind.RenewalWindow, false)]
    [InlineData("sv", "Hinner vi fortfarande få pengarna tillbaka? Köpte action pack 10 nov 2026.", "10 nov 2026", "2026-11-10", RuleKind.RefundDeadline, true)]
    [InlineData("sv", "tilldelade VS till Erik 1 sep 2026, när får jag flytta den till någon annan?", "1 sep 2026", "2026-09-01", RuleKind.VsReassignFrom, false)]
    [InlineData("sv", "nyckeln för Power BI löstes in 3 feb 2026. när slutar den gälla?", "3 feb 2026", "2026-02-03", RuleKind.KeyUsableUntil, false)]
    [InlineData("nl", "Wij hebben de gold competentie op 3 maart 2025 aangeschaft, wanneer opent het verlengingsvenster?", "3 maart 2025", "2025-03-03", RuleKind.RenewalWindow, false)]
    [InlineData("nl", "kunnen we nog annuleren met terugbetaling? gekocht op 10 november 2026", "10 november 2026", "2026-11-10", RuleKind.RefundDeadline, true)]
    [InlineData("nl", "is het te laat om te heractiveren? jubileumdatum was 1 oktober 2026", "1 oktober 2026", "2026-10-01", RuleKind.GracePeriodEnd, true)]
    [InlineData("nl", "wanneer mag ik het VS-abonnement aan een andere collega geven? toegewezen op 1 september 2026", "1 september 2026", "2026-09-01", RuleKind.VsReassignFrom, false)]
    [InlineData("zh-TW", "我們2025年3月3日購買了銀級專長認證，什麼時候開始可以續約？", "2025年3月3日", "2025-03-03", RuleKind.RenewalWindow, false)]
    [InlineData("zh-TW", "2026年11月10日買的 Action Pack，現在還可以取消退款嗎？", "2026年11月10日", "2026-11-10", RuleKind.RefundDeadline, true)]
    [InlineData("zh-TW", "週年日是2020年9月1日，疫情延長到哪天？", "2020年9月1日", "2020-09-01", RuleKind.CovidExtension, false)]
    [InlineData("zh-TW", "Office 365 金鑰在2026年2月3日兌換，還能用多久？", "2026年2月3日", "2026-02-03", RuleKind.KeyUsableUntil, false)]
    public void Interpret_Paraphrase_KindDateAndEligibility(string language, string text, string surface, string iso, RuleKind kind, bool asksEligibility)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, iso)]);

        Assert.NotNull(question);
        Assert.Equal(kind, question.Kind);
        Assert.Equal(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
        Assert.Equal(asksEligibility, question.AsksEligibility);
        Assert.Equal(language, question.Language);
    }

    [Theory]
    [InlineData("en", "we already activated the software from the action pack we bought Nov 1 2026, can we still cancel for a refund?", "Nov 1 2026", true)]
    [InlineData("en", "we haven't activated any software yet - bought Nov 1 2026, refund possible until when?", "Nov 1 2026", false)]
    [InlineData("sv", "vi har redan aktiverat programvaran, köpte 1 nov 2026, kan vi fortfarande avbryta med återbetalning?", "1 nov 2026", true)]
    [InlineData("nl", "we hebben de software al geïnstalleerd, gekocht op 1 november 2026, kunnen we nog annuleren met terugbetaling?", "1 november 2026", true)]
    [InlineData("zh-TW", "已經啟用軟體了，2026年11月1日購買，還能退款嗎？", "2026年11月1日", true)]
    [InlineData("zh-TW", "2026年11月1日購買，軟體還沒安裝，可以退款到哪天？", "2026年11月1日", false)]
    [InlineData("en", "bought the action pack Nov 1 2026 and we already downloaded and activated the Windows keys. can we still get a refund?", "Nov 1 2026", true)]
    [InlineData("en", "bought Nov 1 2026 and we have not downloaded or activated anything, refund possible?", "Nov 1 2026", false)]
    [InlineData("sv", "köpte 1 nov 2026 och vi har inte laddat ner några nycklar, kan vi få pengarna tillbaka?", "1 nov 2026", false)]
    public void Interpret_SoftwareStatement_SetsFlagUnlessNegated(string language, string text, string surface, bool expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-11-01")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.RefundDeadline, question.Kind);
        Assert.Equal(expected, question.StatedFacts.SoftwareBenefitsActivated);
    }

    [Theory]
    [InlineData("en", "we already got a replacement once. token activated Nov 2 2026 on the wrong tenant again, can we get another replacement?", "Nov 2 2026", true)]
    [InlineData("en", "token activated Nov 2 2026 on the wrong tenant, deadline for a replacement?", "Nov 2 2026", false)]
    [InlineData("sv", "Vi har redan fått en ersättning tidigare. Token aktiverades 2 nov 2026 på fel tenant, kan vi få en till?", "2 nov 2026", true)]
    [InlineData("nl", "we hebben al eerder een vervangend token gehad; token op 2 november 2026 op de verkeerde tenant geactiveerd.", "2 november 2026", true)]
    [InlineData("zh-TW", "之前已經申請過替代權杖，這次權杖在2026年11月2日啟用到錯誤的租用戶，還能再申請嗎？", "2026年11月2日", true)]
    [InlineData("en", "we already swapped the token once earlier this year; this one was activated Nov 2 2026 on the wrong tenant, can we get a replacement?", "Nov 2 2026", true)]
    [InlineData("en", "token activated Nov 2 2026 on the wrong tenant, we never had a replacement before - can we still get one?", "Nov 2 2026", false)]
    [InlineData("nl", "token op 2 november 2026 geactiveerd op de verkeerde tenant, we hebben nog nooit een vervangend token gehad, kan dat nog?", "2 november 2026", false)]
    public void Interpret_ReplacementStatement_SetsOnceOnlyFlag(string language, string text, string surface, bool expected)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-11-02")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.ReplacementTokenDeadline, question.Kind);
        Assert.Equal(expected, question.StatedFacts.ReplacementAlreadyIssued);
    }

    [Theory]
    [InlineData("en", "an employee left the company today; his visual studio subscription was assigned on Aug 3 2026, can his replacement get it right away?", "Aug 3 2026")]
    [InlineData("sv", "en utvecklare har slutat idag, hans Visual Studio-prenumeration tilldelades 3 aug 2026. kan efterträdaren få den direkt?", "3 aug 2026")]
    [InlineData("nl", "een collega is vandaag uit dienst, zijn Visual Studio-abonnement is op 3 augustus 2026 toegewezen. kan zijn opvolger het meteen krijgen?", "3 augustus 2026")]
    [InlineData("zh-TW", "同事今天離職了，他的 Visual Studio 訂閱是2026年8月3日指派的，接任的人可以馬上拿到嗎？", "2026年8月3日")]
    public void Interpret_PersonLeftSuccessorAsks_VisualStudioReassignmentWithYesNo(string language, string text, string surface)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-08-03")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.VsReassignFrom, question.Kind);
        Assert.True(question.StatedFacts.PersonLeft);
        Assert.True(question.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "we redeemed the Power BI key on Oct 15 2025, is it still valid?")]
    [InlineData("en", "our renewal window - are we still in it today? bought the action pack Oct 15 2025")]
    [InlineData("sv", "vi löste in nyckeln 15 okt 2025, är den fortfarande giltig?")]
    [InlineData("nl", "we hebben de sleutel op 15 okt 2025 ingewisseld, is die nog geldig?")]
    [InlineData("zh-TW", "我們在2025年10月15日兌換了金鑰，現在還有效嗎？")]
    public void Interpret_StillValidQuestion_AsksEligibility(string language, string text)
    {
        var question = interpreter.Interpret(text, language, [new DateMention(0, 0, DateMentionKind.Date, new DateOnly(2025, 10, 15))]);

        Assert.NotNull(question);
        Assert.True(question.AsksEligibility);
    }

    [Fact]
    public void Interpret_NamedDayInTheYesNoClause_IsTheCheckDay()
    {
        const string text = "we bought the action pack on Nov 1 2026. can we still cancel with a refund on Dec 5 2026?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "Nov 1 2026", "2026-11-01"), Mentions.Day(text, "Dec 5 2026", "2026-12-05")]);

        Assert.NotNull(question);
        Assert.Equal(new DateOnly(2026, 11, 1), question.AnchorDate);
        Assert.Equal(new DateOnly(2026, 12, 5), question.CheckDay);
    }

    [Theory]
    [InlineData("en", "our gold competency was due for renewal at the end of September 2020, when the lockdowns started. did they give us more time?", "September 2020", "2020-09-30")]
    [InlineData("sv", "vår kompetens skulle förnyas sista september 2020, fick vi mer tid?", "september 2020", "2020-09-30")]
    public void Interpret_RenewalDueInTheCovidRange_CovidExtensionFromTheMonthEnd(string language, string text, string surface, string expected)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        var month = new DateMention(start, surface.Length, DateMentionKind.DateRange, RangeStart: new DateOnly(2020, 9, 1), RangeEnd: new DateOnly(2020, 10, 1));

        var question = interpreter.Interpret(text, language, [month]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.CovidExtension, question.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), question.AnchorDate);
    }

    [Fact]
    public void Interpret_TwoRulesFitAlike_SecondKeptAsTheAlternative()
    {
        const string text = "we got the tokens on Nov 1 2026, can we renew them?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "Nov 1 2026", "2026-11-01")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.ReplacementTokenDeadline, question.Kind);
        Assert.Equal(RuleKind.RenewalWindow, question.Alternative);
    }

    [Fact]
    public void Interpret_StatedRoleDecides_NoAlternative()
    {
        const string text = "we activated the tokens on Nov 1 2026, can we renew them?";

        var question = interpreter.Interpret(text, "en", [Mentions.Day(text, "Nov 1 2026", "2026-11-01")]);

        Assert.NotNull(question);
        Assert.Equal(RuleKind.ReplacementTokenDeadline, question.Kind);
        Assert.Null(question.Alternative);
    }

    [Fact]
    public void Interpret_TwoDates_PicksDateNearRedemption()
    {
        const string text = "our benefit expiry date is Jan 31 2026 and we redeemed the key on Dec 1 2025, until when can we use the key?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "Jan 31 2026", "2026-01-31"), Mentions.Day(text, "Dec 1 2025", "2025-12-01")]);

        Assert.Equal(new DateOnly(2025, 12, 1), question?.AnchorDate);
        Assert.Equal(DateRole.Redemption, question?.AnchorRole);
    }

    [Fact]
    public void Interpret_DateAndToday_IgnoresToday()
    {
        const string text = "bought MAP on Nov 5 2026, can we still cancel today and get a refund?";

        var question = interpreter.Interpret(text, "en",
            [Mentions.Day(text, "Nov 5 2026", "2026-11-05"), Mentions.Day(text, "today", "2026-11-22")]);

        Assert.Equal(new DateOnly(2026, 11, 5), question?.AnchorDate);
        Assert.True(question?.AsksEligibility);
    }

    [Theory]
    [InlineData("en", "our anniversary is March 14 2026, when is the renewal window?", "March 14 2026", DateRole.Anniversary)]
    [InlineData("en", "we bought it on March 14 2025 and missed the renewal, last day to pay?", "March 14 2025", DateRole.Purchase)]
    [InlineData("sv", "årsdagen är 14 mars 2026, när är förnyelsefönstret?", "14 mars 2026", DateRole.Anniversary)]
    public void Interpret_RoleWordNearDate_SetsRole(string language, string text, string surface, DateRole role)
    {
        var question = interpreter.Interpret(text, language, [Mentions.Day(text, surface, "2026-03-14")]);

        Assert.Equal(role, question?.AnchorRole);
    }

    [Theory]
    [InlineData("en", "we bought the action pack, when does our renewal window open?", RuleKind.RenewalWindow)]
    [InlineData("sv", "vi löste in nyckeln, hur länge gäller den?", RuleKind.KeyUsableUntil)]
    [InlineData("nl", "wanneer kan ik het VS-abonnement opnieuw toewijzen? het is vorige maand toegewezen", RuleKind.VsReassignFrom)]
    [InlineData("zh-TW", "我們買了 Action Pack，最晚哪天取消可以退款？", RuleKind.RefundDeadline)]
    public void Interpret_RuleQuestionWithoutDate_NeedsDate(string language, string text, RuleKind kind)
    {
        var question = interpreter.Interpret(text, language, []);

        Assert.NotNull(question);
        Assert.True(question.NeedsDate);
        Assert.Equal(kind, question.Kind);
    }

    [Fact]
    public void Interpret_MultiDayRangeOnly_NeedsDate()
    {
        const string text = "we bought the action pack last week, refund deadline?";
        var range = new DateMention(text.IndexOf("last week", StringComparison.Ordinal), 9, DateMentionKind.DateRange,
            RangeStart: new DateOnly(2026, 11, 9), RangeEnd: new DateOnly(2026, 11, 16));

        var question = interpreter.Interpret(text, "en", [range]);

        Assert.True(question?.NeedsDate);
    }

    [Fact]
    public void Interpret_OneDayRange_UsedAsDate()
    {
        const string text = "we bought the action pack yesterday, refund deadline?";
        var range = new DateMention(text.IndexOf("yesterday", StringComparison.Ordinal), 9, DateMentionKind.DateRange,
            RangeStart: new DateOnly(2026, 11, 21), RangeEnd: new DateOnly(2026, 11, 22));

        Assert.Equal(new DateOnly(2026, 11, 21), interpreter.Interpret(text, "en", [range])?.AnchorDate);
    }

    [Theory]
    [InlineData("en", "When can we renew our Action Pack?")]
    [InlineData("en", "how do I add users to the Azure bulk credit?")]
    [InlineData("sv", "vad ingår i Action Pack?")]
    [InlineData("nl", "welke rollen zijn nodig om voordelen te activeren?")]
    [InlineData("zh-TW", "Action Pack 包含 Visual Studio Enterprise 嗎？")]
    public void Interpret_NotADateRuleQuestion_Null(string language, string text)
    {
        Assert.Null(interpreter.Interpret(text, language, []));
    }
}
