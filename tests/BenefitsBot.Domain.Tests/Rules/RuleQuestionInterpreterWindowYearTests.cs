using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// The renewal window of a year named beside it ("het verlengingsvenster volgend jaar", 明年續約窗口), and "can we renew yet?"
/// (可以續約了嗎) once the last window is over: the coming one.
/// </summary>
public sealed class RuleQuestionInterpreterWindowYearTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private static DateOnly? Anchor(string language, string text) => InterpretedQuestion.Of(language, text, Today).AnchorDate;

    [Theory]
    [InlineData("nl", "Ons pakket is gekocht op 20-01-2023. Wanneer gaat het verlengingsvenster van volgend jaar open?", "2026-01-20")]
    [InlineData("zh-TW", "2023年1月20日買的行動套件，明年續約窗口從哪天開始？", "2026-01-20")]
    [InlineData("en", "Bought our pack on 1/20/2023. When does the renewal window next year open?", "2026-01-20")]
    [InlineData("zh-TW", "我們2023/3/20買的行動套件，今天可以續約了嗎？", "2025-03-20")]
    public void Interpret_WindowOfANamedOrComingYear_ThatAnniversary(string language, string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Anchor(language, text));
}
