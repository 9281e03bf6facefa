using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Several keys told each with its date and the question naming one of them: that key's date, whichever comes first in the text.
/// </summary>
public sealed class RuleQuestionInterpreterItemTests
{
    private static readonly DateOnly Today = new(2025, 6, 18);

    [Theory]
    [InlineData("en", "The Visio key was redeemed on 3 March 2025 and the Project one on 10 April 2025. Until when can we use the Project key?", "2025-04-10")]
    [InlineData("en", "The Visio key was redeemed on 3 March 2025 and the Project one on 10 April 2025. Until when can we use the Visio key?", "2025-03-03")]
    [InlineData("sv", "Visio-nyckeln löstes in 3 mars 2025 och Project-nyckeln 10 april 2025. Hur länge gäller Project-nyckeln?", "2025-04-10")]
    [InlineData("nl", "Sleutel A is op 3 maart 2025 ingewisseld, sleutel B op 10 april 2025. Tot wanneer werkt sleutel B?", "2025-04-10")]
    [InlineData("zh-TW", "兩把金鑰：Visio 的在2025年3月3日兌換，Project 的在2025年4月10日兌換。Project 那把可以用到哪天？", "2025-04-10")]
    public void Interpret_SeveralKeysAndTheQuestionNamesOne_ThatKeysDate(string language, string text, string expected)
    {
        var question = InterpretedQuestion.Of(language, text, Today);

        Assert.Equal((RuleKind.KeyUsableUntil, DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), (question.Kind, question.AnchorDate!.Value));
    }
}
