namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// A day told from another dated event: an offset after another act of the user's ("ten days after we incorporated, which was …"),
/// the end of a period counted from ("the day after the end of the first quarter"), Chinese quarters and their edges, the
/// Chinese count before its 後, a clause after a semicolon, and a weekday restated by its date. Against the eval reference day,
/// Sunday 2026-11-22.
/// </summary>
public sealed class ChainedDateTests
{
    [Theory]
    [InlineData("en", "The competency was bought three weeks after we opened the Oslo office, which was 2 May 2023.", "=date 2023-05-23")]
    [InlineData("sv", "Koden matades in dagen efter att vi bytte leverantör den 4 mars 2024.", "=date 2024-03-05")]
    [InlineData("sv", "Paketet beställdes tio dagar efter att vi startade bolaget den 4 mars 2024.", "=date 2024-03-14")]
    [InlineData("nl", "We kochten het pakket een week nadat we verhuisden op 4 maart 2024.", "=date 2024-03-11")]
    [InlineData("en", "I assigned it the Monday after his start date; he started on Thursday, 5 June 2025.", "=date 2025-06-09")]
    public void Recognize_OffsetFromAnotherActOfTheUsers_TheDayItLandsOn(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "The key ran out a year after we redeemed it on 3 March 2024.", "=date 2024-03-03")]
    [InlineData("sv", "Koden slutade gälla ett år efter att vi aktiverade den 3 mars 2024.", "=date 2024-03-03")]
    [InlineData("en", "I paid on 4 May, the day after our anniversary (we signed up 3 May 2020).", "=date 2020-05-03")]
    [InlineData("nl", "Uiterste dag voor annuleren als we op 3 maart 2024 besteld hebben?", "=date 2024-03-03")]
    public void Recognize_OwnActOnItBracketedOrSupposed_KeepsItsDate(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "We activated it the day after the end of the first quarter of 2025.", "=date 2025-04-01")]
    [InlineData("en", "The renewal fell two days before the end of the third quarter of 2024.", "=date 2024-09-28")]
    [InlineData("sv", "Vi fick kompetensen dagen efter att tredje kvartalet 2023 tog slut.", "=date 2023-10-01")]
    [InlineData("nl", "De code is ingevoerd op de dag na het einde van het derde kwartaal van 2025.", "=date 2025-10-01")]
    public void Recognize_PeriodEndCountedFrom_ItsLastDay(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Fact]
    public void Recognize_EndOfAPeriodAlone_NoSingleDay() =>
        Assert.DoesNotContain("=date 2025-03-31", RecognizerAssert.Describe("We bought it at the end of the first quarter of 2025.", "en"), StringComparison.Ordinal);

    [Theory]
    [InlineData("授權在2025年第二季的最後一天開通", "=date 2025-06-30")]
    [InlineData("去年第三季結束的隔天下單", "=date 2025-10-01")]
    [InlineData("2024年第四季度的第一天啟用", "=date 2024-10-01")]
    [InlineData("第三季的最後一天開通", "=date 2026-09-30")]
    [InlineData("開通Azure三天後兌換的，開通日是2024/6/20。", "=date 2024-06-23")]
    public void Recognize_ChineseQuarterEdgesAndCountFirstOffsets_TheDay(string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, "zh-TW"), StringComparison.Ordinal);

    [Theory]
    [InlineData("sv", "Han fick koden måndagen efter midsommar, den 23 juni 2025.", "=date 2025-06-23")]
    [InlineData("en", "He got it the Monday after the conference, Friday 9 January 2026.", "=date 2026-01-12")]
    public void Recognize_WeekdayAfterAnEventWithADateInApposition_RestatedOnlyWhenItIsThatWeekday(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "It was the third Tuesday of last October.", "=date 2025-10-21")]
    [InlineData("sv", "Det var tredje onsdagen förra månaden.", "=date 2026-10-21")]
    [InlineData("nl", "Het was de derde vrijdag van vorige maand.", "=date 2026-10-16")]
    [InlineData("sv", "Hon fick den förra veckans torsdag.", "=date 2026-11-12")]
    [InlineData("sv", "Vi löser in den nästa veckas fredag.", "=date 2026-11-27")]
    public void Recognize_WeekdayCountedInARelativeMonthOrWeek_ThatDay(string language, string text, string expected) =>
        Assert.Contains(expected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);
}
