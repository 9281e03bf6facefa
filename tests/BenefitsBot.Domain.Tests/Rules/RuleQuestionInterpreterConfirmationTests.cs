using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// A statement asked back for confirmation is a yes/no question: a tag ("…, right?", "…, don't they?", "…, eller är det kört?",
/// "…, toch?", 對吧), "väl" or "toch" after the verb, 吧 closing the question. And "already" beside a window that closed asks
/// about that window, not the coming one. A question opening with "håller" or "hoort" asks yes or no as any verb-first one does.
/// </summary>
public sealed class RuleQuestionInterpreterConfirmationTests
{
    private static readonly DateOnly Today = new(2025, 6, 18);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    [Theory]
    [InlineData("en", "The Office key was redeemed on 2 March 2025, so it still works, right?")]
    [InlineData("en", "Our developers' subscriptions keep working after the lapse on 1 June 2025, don't they?")]
    [InlineData("en", "We haven't missed the refund for the pack bought on 1 June 2025, have we? Nothing was activated.")]
    [InlineData("sv", "Office-nyckeln löstes in 2 mars 2025. Den gäller väl fortfarande?")]
    [InlineData("sv", "Paketet köptes 1 juni 2025 och inget är aktiverat. Vi kan väl få pengarna tillbaka?")]
    [InlineData("sv", "Vi löste in nyckeln 2 mars 2025. Vi använder den idag, eller är det kört?")]
    [InlineData("nl", "De Office-sleutel is op 2 maart 2025 ingewisseld. Die werkt toch nog?")]
    [InlineData("nl", "De Office-sleutel is op 2 maart 2025 ingewisseld en werkt nog, toch?")]
    [InlineData("zh-TW", "Office金鑰是2025年3月2日兌換的，現在應該還能用吧？")]
    [InlineData("zh-TW", "套件是2025年6月1日買的，軟體都沒啟用，可以退款對吧？")]
    public void Interpret_StatementAskedBackForConfirmation_AsksEligibility(string language, string text) =>
        Assert.True(Interpret(language, text).AsksEligibility);

    [Theory]
    [InlineData("sv", "Partnerskapet fick gå ut på årsdagen 1 juni 2025 utan förnyelse. Håller våra VS-licenser ända till 20 juni?")]
    [InlineData("nl", "Ons partnerschap is op 01-06-2025 bewust niet vernieuwd. Hoort de VS-licentie van Daan vandaag nog te werken?")]
    public void Interpret_VerbOfLastingOrOughtOpensTheQuestion_AsksEligibility(string language, string text) =>
        Assert.True(Interpret(language, text).AsksEligibility);

    [Theory]
    [InlineData("en", "Someone entered our Azure token in the wrong tenant. Did it on Monday, 2 June 2025 at 9am. By when must we request a new one?")]
    [InlineData("en", "Was told the pack was bought 1 June 2025, nothing activated. What is the last day for a refund?")]
    [InlineData("sv", "Fick ett brev om förnyelsedatumet, 2025-06-01. Vi förnyar inte. Till vilket datum fungerar Visual Studio?")]
    [InlineData("nl", "Kreeg net de factuur van 1 juni 2025 binnen, nog niets geactiveerd. Tot wanneer kunnen we annuleren?")]
    public void Interpret_VerbFirstClauseInASentenceEndedByAFullStop_StatesAndAsksNoYesNo(string language, string text) =>
        Assert.False(Interpret(language, text).AsksEligibility);

    [Theory]
    [InlineData("沒續約，續約日是2025年6月1日。Visual Studio 現在還能用？")]
    [InlineData("套件是2025年6月1日買的，什麼都沒啟用，現在還可以退款？")]
    public void Interpret_ChineseStillWithItsQuestionMarkButNoParticle_AsksEligibility(string text) =>
        Assert.True(Interpret("zh-TW", text).AsksEligibility);

    [Theory]
    [InlineData("en", "Right. The Office key was redeemed on 2 March 2025. Until when does it work?")]
    [InlineData("sv", "Office-nyckeln löstes in 2 mars 2025. Vi fick välja mellan två. Till när gäller den?")]
    [InlineData("nl", "De Office-sleutel is op 2 maart 2025 toch ingewisseld. Tot wanneer werkt hij?")]
    [InlineData("zh-TW", "Office金鑰是2025年3月2日兌換的。我們就先用吧。可以用到哪天？")]
    public void Interpret_ConfirmationWordOutsideAQuestion_AsksNoEligibility(string language, string text) =>
        Assert.False(Interpret(language, text).AsksEligibility);

    [Theory]
    [InlineData("en", "We bought the Action Pack on 1 April 2023. Has this year's renewal window already closed?")]
    [InlineData("sv", "Vi köpte Action Pack 1 april 2023. Har förnyelsefönstret redan stängt i år?")]
    [InlineData("nl", "We kochten het Action Pack op 01-04-2023. Zijn we dit jaar al te laat om te verlengen?")]
    [InlineData("zh-TW", "我們2023年4月1日買了Action Pack，是不是已經錯過今年的續約期間了？")]
    public void Interpret_AlreadyBesideAClosedWindow_ThisYearsWindow(string language, string text)
    {
        var question = Interpret(language, text);

        Assert.Equal((RuleKind.RenewalWindow, new DateOnly(2025, 4, 1), true), (question.Kind, question.AnchorDate!.Value, question.AsksEligibility));
    }
}
