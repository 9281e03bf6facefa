using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Which membership year and which day a question means: a purchase told by a noun or by getting the competency ("aanschafdatum",
/// "besteld", "beställde", "fick vår kompetens", 拿到認證); a renewal named by its month and year; a weekday counted in its month and
/// asked about ahead, which keeps its count in the year it moves to; a date told without a role years before today.
/// </summary>
public sealed class RuleQuestionInterpreterCycleWordsTests
{
    private static readonly DateOnly Today = new(2025, 6, 18);

    private static RuleQuestion Interpret(string language, string text, DateOnly? today = null) => InterpretedQuestion.Of(language, text, today ?? Today);

    [Theory]
    [InlineData("nl", "Onze aanschafdatum was 10-05-2024 en we hebben niet verlengd. Tot wanneer kunnen we nog betalen om te heractiveren?")]
    [InlineData("nl", "Het Action Pack is besteld op 10-05-2024 en niet verlengd. Tot wanneer kunnen we nog betalen om het te heractiveren?")]
    [InlineData("nl", "Onze competentie hebben we op 10-05-2024 gehaald, verlengd is er niet. Tot wanneer kunnen we nog betalen om te heractiveren?")]
    [InlineData("sv", "Vi beställde Action Pack 10 maj 2024 och har inte förnyat. Till när kan vi betala för att återaktivera?")]
    [InlineData("sv", "Vi fick vår kompetens 10 maj 2024 och har inte förnyat. Till när kan vi betala för att återaktivera den?")]
    [InlineData("zh-TW", "我們2024年5月10日拿到專長認證，今年沒有續約，最晚哪天付費可以恢復？")]
    public void Interpret_PurchaseToldByANounOrByGettingTheCompetency_CountsFromItsFirstAnniversary(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(2024, 5, 10), DateRole.Purchase), (question.Kind, question.AnchorDate!.Value, question.AnchorRole));
    }

    [Fact]
    public void Interpret_SubscriptionAssignedOnAnAssignmentDateLine_AssignmentDate()
    {
        var question = Interpret("sv", "Från portalen: Visual Studio, tilldelningsdatum 3 mars 2025. Kan jag ge den till en ny kollega idag?");

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 3, 3)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_SubscriptionTransferredToTheNextHolder_CountsFromTheTransfer()
    {
        var question = Interpret("nl", "Op 02-01-2025 toegewezen aan Ilse, op 03-03-2025 overgezet naar Bram. Vanaf wanneer mag het weer naar iemand anders?");

        Assert.Equal((RuleKind.VsReassignFrom, new DateOnly(2025, 3, 3)), (question.Kind, question.AnchorDate!.Value));
    }

    [Theory]
    [InlineData("en", "What are the window's dates for our renewal in May 2026? We bought the pack on 12 May 2023.")]
    [InlineData("nl", "Wat zijn de data van het verlengingsvenster voor onze verlenging in mei 2026? We kochten het pakket op 12 mei 2023.")]
    public void Interpret_RenewalNamedByMonthAndYear_ThatYearsCycle(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2026, 5, 12)), (question.Kind, question.AnchorDate!.Value));
    }

    [Fact]
    public void Interpret_RenewalMonthAndYearToldInAStatement_NearestCycle()
    {
        var question = Interpret("en", "We bought the pack on 12 May 2023 and renewed in May 2024. When is the renewal window?");

        Assert.Equal(new DateOnly(2025, 5, 12), question.AnchorDate!.Value);
    }

    [Theory]
    [InlineData("en", "Our Action Pack dates from 20 July 2024. Is paying the renewal on the second Tuesday of August fine?", 2025, 8, 12)]
    [InlineData("nl", "Ons Action Pack dateert van 20 juli 2024. Kunnen we op de tweede dinsdag van augustus verlengen?", 2025, 8, 12)]
    [InlineData("zh-TW", "我們2025年5月1日把VS訂閱指派給小林，七月最後一個星期五可以轉給別人嗎？", 2025, 7, 25)]
    public void Interpret_WeekdayCountedInItsMonthAskedAhead_SameCountThisYear(string language, string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Interpret(language, text).CheckDay);

    [Theory]
    [InlineData("en", "Order confirmation: Action Pack, 3/15/2022, total 512.40. No one has paid the fee this year. Is reactivating still possible today?", 2025, 3, 15)]
    [InlineData("nl", "Orderbevestiging: Action Pack, 15-03-2022, totaal € 512,40. Dit jaar heeft niemand de bijdrage betaald. Lukt heractiveren vandaag nog?", 2025, 3, 15)]
    public void Interpret_DateWithoutARoleYearsBeforeToday_LatestAnniversary(string language, string text, int year, int month, int day)
    {
        var question = Interpret(language, text, new DateOnly(2025, 4, 1));

        Assert.Equal((RuleKind.GracePeriodEnd, new DateOnly(year, month, day)), (question.Kind, question.AnchorDate!.Value));
    }
}
