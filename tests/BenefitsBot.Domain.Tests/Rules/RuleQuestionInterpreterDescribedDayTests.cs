using System.Globalization;
using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Questions carrying dates that do not matter: a day asked about by what happens on it ("on the day the audit closes"), a
/// deadline or last day after a preposition inside a yes/no question, an order placed or money asked back in other words, a
/// day ahead that is no day the COVID extension is asked for, and someone's departure that dates the act asked about.
/// </summary>
public sealed class RuleQuestionInterpreterDescribedDayTests
{
    [Theory]
    [InlineData("en", "2026-02-19", "Our membership was not renewed; it was due on 2/10/2026. The audit starts 3/2 and closes on 3/16. Can the devs keep using Visual Studio on the day the audit closes?", "2026-03-16")]
    [InlineData("nl", "2025-10-01", "De licentiesleutel is op 14 september 2025 geactiveerd. Ons project start op 1 juni 2026 en de oplevering is op 20 september 2026. Werkt die sleutel op de opleverdag nog?", "2026-09-20")]
    [InlineData("sv", "2025-10-01", "Vi löste in nyckeln den 14 september 2025. Kursen börjar 1 juni 2026 och examen är 20 september 2026. Fungerar nyckeln fortfarande på examensdagen?", "2026-09-20")]
    public void Interpret_DayDescribedByAnEventToldBefore_ThatEventsDayIsChecked(string language, string today, string text, string expected)
    {
        var question = InterpretedQuestion.Of(language, text, Day(today));

        Assert.Equal((true, Day(expected)), (question.AsksEligibility, question.CheckDay));
    }

    [Theory]
    [InlineData("nl", "Gisteren hebben we de productsleutel geactiveerd. Blijft hij tot de deadline van het project geldig?")]
    [InlineData("en", "We redeemed the key yesterday. Can we keep using it until the last day of the course?")]
    [InlineData("en", "We redeemed the key yesterday. Will it still work by that deadline?")]
    public void Interpret_DeadlineOrLastDayAfterAPreposition_StillAYesNoQuestion(string language, string text)
    {
        var question = InterpretedQuestion.Of(language, text, new DateOnly(2025, 9, 14));

        Assert.Equal((RuleKind.KeyUsableUntil, true), (question.Kind, question.AsksEligibility));
    }

    [Theory]
    [InlineData("nl", "We hebben het pakket op 3 mei 2025 gekocht en niets geactiveerd. Kunnen we het bedrag nog terugvragen?", "2025-05-03")]
    [InlineData("sv", "Ordern lades 3 mars 2025, fakturan förfaller 2 april. Inget är aktiverat. Vilken är sista dagen vi kan ångra köpet?", "2025-03-03")]
    [InlineData("nl", "De order is geplaatst op 3 maart 2025, de factuur vervalt op 2 april. Niets geactiveerd. Tot wanneer kunnen we het ongedaan maken?", "2025-03-03")]
    [InlineData("zh-TW", "2025年3月3日下單，發票4月2日到期，還沒啟用任何東西。最晚哪天可以退款？", "2025-03-03")]
    public void Interpret_OrderPlacedOrMoneyAskedBack_RefundFromTheOrder(string language, string text, string purchase)
    {
        var question = InterpretedQuestion.Of(language, text, new DateOnly(2025, 3, 20));

        Assert.Equal((RuleKind.RefundDeadline, Day(purchase)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("zh-TW", "我們的週年日是2020年9月15日，12月20日要開會。有適用COVID延長嗎？")]
    [InlineData("en", "Our anniversary was September 15, 2020 and the board meets on December 20. Did the COVID extension apply to us?")]
    public void Interpret_CovidAskedWithADayAheadInTheText_NoDayChecked(string language, string text)
    {
        var question = InterpretedQuestion.Of(language, text, new DateOnly(2021, 8, 20));

        Assert.Equal((RuleKind.CovidExtension, true, (DateOnly?)null), (question.Kind, question.AsksEligibility, question.CheckDay));
    }

    [Theory]
    [InlineData("en", "The subscription was assigned to Omar on 6/2. Can I reassign it when he leaves on 9/30?", "2025-09-30")]
    [InlineData("en", "The subscription was assigned to Omar on 6/2. He leaves on 9/30. Can I give it to someone else then?", "2025-09-30")]
    [InlineData("sv", "Prenumerationen tilldelades Omar 2/6. Vi vill flytta den när hans projekt slutar 30/9. Går det?", "2025-09-30")]
    [InlineData("nl", "Het abonnement is op 2 juni aan Omar toegewezen. Mag ik het overzetten wanneer hij op 30 september vertrekt?", "2025-09-30")]
    public void Interpret_DepartureUnderWhenOrReferredBack_ThatDayChecked(string language, string text, string expected)
    {
        var question = InterpretedQuestion.Of(language, text, new DateOnly(2025, 7, 1));

        Assert.Equal((RuleKind.VsReassignFrom, true, Day(expected)), (question.Kind, question.AsksEligibility, question.CheckDay));
    }

    [Theory]
    [InlineData("Vi köpte paketet den 3 maj 2024, men fakturan kom först 20/5. Är vi i förnyelsefönstret idag?", "2024-05-03")]
    [InlineData("Vi köpte paketet den 3 maj 2024, men fakturan visar 20/5. Är vi i förnyelsefönstret idag?", "2024-05-20")]
    public void Interpret_SwedishInvoiceThatCameLaterOrThatCorrects_PurchaseOrTheCorrectedDay(string text, string expected)
    {
        var question = InterpretedQuestion.Of("sv", text, new DateOnly(2025, 5, 10));

        Assert.Equal((RuleKind.RenewalWindow, Day(expected)), (question.Kind, question.AnchorDate!.Value));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
