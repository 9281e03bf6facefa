namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Phrases the combined recognizer hands to Microsoft.Recognizers.Text (holidays, period edges, quarters, nth weekdays), against the
/// eval reference day, Sunday 2026-11-22: the model's reading replaces ours over the cue, Traditional Chinese is folded for it and the
/// span stays on the original text, and what the model does not read stays ours.
/// </summary>
public sealed class OfficialModelPhraseTests
{
    [Theory]
    [InlineData("en", "we bought it on Christmas 2025", "Christmas 2025=date 2025-12-25")]
    [InlineData("en", "can we renew at the end of next month?", "end of next month=daterange 2026-12-16..2027-01-01")]
    [InlineData("en", "sales in Q3 2025", "Q3 2025=daterange 2025-07-01..2025-10-01")]
    [InlineData("en", "booked for the weekend after next", "the weekend after next=daterange 2026-12-05..2026-12-07")]
    [InlineData("nl", "we kochten het met kerstmis", "kerstmis=date 2025-12-25")]
    [InlineData("nl", "kunnen we eind volgende maand verlengen?", "eind volgende maand=daterange 2026-12-16..2027-01-01")]
    [InlineData("zh-TW", "我們在2025年聖誕節購買", "2025年聖誕節=date 2025-12-25")]
    [InlineData("zh-TW", "2025年第三季度", "2025年第三季度=daterange 2025-07-01..2025-10-01")]
    public void Recognize_CuedPhrase_TakesTheModelsReading(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "bought on Christmas 2025, redeemed Sep 1, '20", "Christmas 2025=date 2025-12-25; Sep 1, '20=date 2020-09-01")]
    [InlineData("zh-TW", "民國114年3月1日買的，聖誕節續約了", "民國114年3月1日=date 2025-03-01; 聖誕節=date 2025-12-25")]
    public void Recognize_CueBesideOurPhrase_KeepsOurs(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));
}
