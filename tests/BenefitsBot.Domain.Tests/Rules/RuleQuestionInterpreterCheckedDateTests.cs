using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Dates looked up after a guess, and items picked from a pasted list, read with the real recognizer: the checked date replaces the
/// guessed one ("I think the 10th… checked the portal: 8 February"), a confirmed date stays, a wish to confirm or a colleague's
/// claim is no correction; a bulleted line named by its item (a key, or the person holding a subscription) gives its date; a
/// replacement the ticket says was issued is one already had.
/// </summary>
public sealed class RuleQuestionInterpreterCheckedDateTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    private static void AssertAnchor(string language, string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Interpret(language, text).AnchorDate);

    [Theory]
    [InlineData("en", "We redeemed the key around the 10th of last month I think... just checked the portal: 8 February. Until when does it work?", "2025-02-08")]
    [InlineData("en", "I bought the pack on 3 March, no wait, looking at the receipt right now it was 5 March 2025. Can we get a refund today?", "2025-03-05")]
    [InlineData("sv", "Token aktiverades 2025-02-20 tror jag, kollade loggen: 2025-02-18. Kan vi få en ny idag?", "2025-02-18")]
    [InlineData("sv", "Vi löste in koden den 2 mars, eller var det den 12 mars? Jag kollade nyss: 12 mars 2025. Hur länge gäller den?", "2025-03-12")]
    [InlineData("nl", "Gekocht op 1 maart, dacht ik... nee: 4 maart 2025 volgens de factuur. Kan ik nog geld terugvragen?", "2025-03-04")]
    [InlineData("zh-TW", "金鑰是2月10日兌換的…我再確認一下，是2025年2月12日。今天還能用嗎？", "2025-02-12")]
    public void Interpret_DateCheckedAfterAGuess_TheCheckedDate(string language, string text, string expected) =>
        AssertAnchor(language, text, expected);

    [Theory]
    [InlineData("en", "We actually got the licence codes on 2 March and only redeemed them on 9 March 2025. Until when do they work?", "2025-03-09")]
    [InlineData("sv", "Vi aktiverade token 1 mars 2025. Kollegan säger att tidsgränsen passerades i förrgår. Kan vi ändå få en ny idag?", "2025-03-01")]
    [InlineData("zh-TW", "我們2024年2月29日兌換了授權碼，想確認一下到2025/2/28還能不能用？", "2024-02-29")]
    public void Interpret_NoCorrectionMeant_TheToldDate(string language, string text, string expected) =>
        AssertAnchor(language, text, expected);

    [Theory]
    [InlineData("en", "Our register:\n- Visio Plan 2: redeemed 1/15/2025\n- Project Online: redeemed 2/20/2025\nIs the Project key still valid today?", "2025-02-20")]
    [InlineData("sv", "Nycklar:\n- Visio: inlöst 2025-01-15\n- Intune: inlöst 2025-02-20\nGäller Intune-nyckeln fortfarande?", "2025-02-20")]
    [InlineData("en", "Assignments:\n• Nora – VS Enterprise – since Oct 1, 2024\n• Liam – VS Professional – since Jan 5, 2025\nLiam quit. Is it OK to pass his subscription on to a new hire today?", "2025-01-05")]
    public void Interpret_PastedListAndOneLineNamed_ThatLinesDate(string language, string text, string expected) =>
        AssertAnchor(language, text, expected);

    [Theory]
    [InlineData("sv", "Från ärendet: \"Ersättningstoken utfärdad 3 mars 2025 för token aktiverad 1 mars 2025.\" Kan vi få en till?")]
    [InlineData("nl", "Uit het ticket: \"Vervangend token verstrekt op 5 maart 2025 voor het token geactiveerd op 1 maart 2025.\" Is er nog een mogelijk?")]
    public void Interpret_ReplacementIssuedInATicket_AlreadyHadOne(string language, string text)
    {
        Assert.True(Interpret(language, text).StatedFacts.ReplacementAlreadyIssued);
    }
}
