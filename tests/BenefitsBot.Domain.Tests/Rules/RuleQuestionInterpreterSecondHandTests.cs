using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Facts passed on and set right, and the renewal asked about before it comes: a correction told as "corrected that", "rättade
/// sig", "klopte niet" replaces the first date, and the correction's own event wins over the replaced date's; a role phrase right
/// after a later date is that date's, not an earlier one's (4月10日收到詢問：…4月25日購買); "too early", "komt eraan", "förnyelsen
/// närmar sig", 快要續約 ask about the coming renewal once the last window is over.
/// </summary>
public sealed class RuleQuestionInterpreterSecondHandTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("en", "I was told the anniversary is the 2nd, but accounting corrected that: they bought the pack 12 March 2021. Last day to pay and reactivate?", "2025-03-12")]
    [InlineData("sv", "Kunden nämnde 3 maj, sedan rättade sig kunden: nyckeln löstes in 30 april 2024. Hur länge funkar nyckeln?", "2024-04-30")]
    [InlineData("nl", "Volgens de klant ging de code op 19-12-2024 in gebruik, maar dat klopte niet: dat gebeurde 9 december 2024. Tot wanneer werkt hij?", "2024-12-09")]
    public void Interpret_DatePassedOnThenSetRight_TheRightDate(string language, string text, string expected) =>
        Assert.Equal(Day(expected), Interpret(language, text).AnchorDate);

    [Fact]
    public void Interpret_ChineseRoleAfterALaterDate_NotTheEarlierDates() =>
        Assert.Equal(Day("2023-03-20"), Interpret("zh-TW", "3月1日同事傳來問題：公司在2023年3月20日購買了行動套件，續約期間是哪幾天？").AnchorDate);

    [Theory]
    [InlineData("en", "MAP purchased 1/20/2023. Too early for the renewal now?")]
    [InlineData("nl", "Aankoop 20-01-2023; de volgende verlenging komt er nu aan. Van wanneer tot wanneer loopt het venster?")]
    [InlineData("sv", "Förnyelsen närmar sig; paketet köptes 2023-01-20. När är förnyelsefönstret?")]
    [InlineData("zh-TW", "2023/1/20購買的行動套件快到續約了，續約期間是哪幾天？")]
    public void Interpret_RenewalAskedBeforeItComes_TheComingAnniversary(string language, string text) =>
        Assert.Equal(Day("2026-01-20"), Interpret(language, text).AnchorDate);
}
