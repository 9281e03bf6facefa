using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

/// <summary>
/// Several people, keys or memberships told in one sentence, each with its date, and the question naming one of them: by name, by
/// a genitive ("Sofias"), by the words before its date in Chinese (阿芬是), by a name told after its date ("de Visio-sleutel"), by
/// the sentence before a question with a pronoun ("Oskar is leaving. May I reassign his …?"), or by restating a COVID-year
/// anniversary. A day told and then asked about again is the day asked, and a name in another sentence's aside names no item. A
/// Chinese role phrase right after a date is that date's, though a day counted from it follows (2024/9/15加入一週後兌換).
/// </summary>
public sealed class RuleQuestionInterpreterSeveralItemsTests
{
    private static readonly DateOnly Today = new(2025, 3, 12);

    private static RuleQuestion Interpret(string language, string text) => InterpretedQuestion.Of(language, text, Today);

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("en", "VS seats here: Mia got hers on 10/1/2024, Oskar on 11/20/2024 and a new hire last week. Oskar is leaving. May I reassign his seat to a newcomer now?", "2024-11-20")]
    [InlineData("sv", "Hos oss fick Erik sin prenumeration 2024-12-02 och Sofia sin 2025-01-15. Sofia ska sluta; vilken dag kan Sofias prenumeration tilldelas någon annan?", "2025-01-15")]
    [InlineData("nl", "Ik heb vorige week dinsdag de Teams-sleutel ingevoerd en op 2 januari de Visio-sleutel. Hoe lang werkt de Visio-sleutel nog?", "2025-01-02")]
    [InlineData("zh-TW", "兩個人的 VS 訂閱：小明是2024/12/2、阿芬是2025/1/20。阿芬那份從哪天起可以重新指派給新人？", "2025-01-20")]
    [InlineData("en", "Our two competencies had 2020 anniversaries on 6/10/2020 and 9/5/2020. For the one whose anniversary was September 5, did the COVID extension kick in?", "2020-09-05")]
    public void Interpret_OneOfSeveralItemsNamed_ItsDate(string language, string text, string expected) =>
        Assert.Equal(Day(expected), Interpret(language, text).AnchorDate);

    [Fact]
    public void Interpret_DayToldThenAskedAgain_IsTheDayAskedNotTheEvent()
    {
        var question = Interpret("en", "Token got activated 3/1/2025 in the test tenant by mistake. Our admin returns Monday, March 17. Is requesting a replacement possible on Monday, March 17?");

        Assert.Equal(Day("2025-03-01"), question.AnchorDate);
        Assert.Equal(Day("2025-03-17"), question.CheckDay);
    }

    [Fact]
    public void Interpret_NameInAnotherSentencesAside_NamesNoItem() =>
        Assert.Equal(Day("2025-04-18"), Interpret("en", "Membership lapses this year: we are letting our MPN membership go, anniversary 4/18 (first joined 4/18/2022). Separately, Visual Studio Enterprise is what our team codes in, and our launch party is on May 6th. How long will the developers' Visual Studio access continue after the lapse?").AnchorDate);

    [Fact]
    public void Interpret_ChineseRolePhraseRightAfterADate_IsThatDatesOwn() =>
        Assert.Equal(Day("2024-09-22"), Interpret("zh-TW", "我們2024/9/15加入一週後兌換了金鑰，到哪天為止可以用？").AnchorDate);
}
