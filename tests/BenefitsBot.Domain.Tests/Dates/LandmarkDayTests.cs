using System.Globalization;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Days people date events by, as a calendar landmark: named days of each locale, the first or last day of a quarter the official
/// model reads, and Swedish "i jul", which is Christmas and no month.
/// </summary>
public sealed class LandmarkDayTests
{
    private static readonly DateOnly Reference = new(2025, 6, 2);

    private readonly DateRecognizer recognizer = new();

    private DateMention Single(string language, string text)
    {
        var mentions = recognizer.Recognize(text, language, Reference);
        return Assert.Single(mentions);
    }

    [Theory]
    [InlineData("en", "Redeemed: Martin Luther King Jr. Day 2024.", "2024-01-15")]
    [InlineData("en", "It was assigned to him on Election Day 2024.", "2024-11-05")]
    [InlineData("en", "We signed up on Presidents' Day 2023.", "2023-02-20")]
    [InlineData("sv", "Vi köpte det på fettisdagen 2025.", "2025-03-04")]
    [InlineData("sv", "Licensen aktiverades på skärtorsdagen 2023.", "2023-04-06")]
    [InlineData("sv", "Vi betalade på trettondedagen 2024.", "2024-01-06")]
    [InlineData("nl", "Het pakket is gekocht op Dierendag 2021.", "2021-10-04")]
    [InlineData("nl", "Aangemeld: Sinterklaasavond 2019.", "2019-12-05")]
    [InlineData("nl", "Geactiveerd op Witte Donderdag 2024.", "2024-03-28")]
    [InlineData("zh-TW", "我們在2022年父親節啟用權益。", "2022-08-08")]
    [InlineData("sv", "Medlemskapet köptes på skottdagen 2020.", "2020-02-29")]
    [InlineData("en", "Our start was Halloween, back in 2017.", "2017-10-31")]
    [InlineData("en", "It began on Christmas Eve in 2019.", "2019-12-24")]
    [InlineData("en", "Bought on leap day, if that makes sense.", "2024-02-29")]
    [InlineData("zh-TW", "民國114年元旦兌換的金鑰。", "2025-01-01")]
    public void Recognize_NamedDayWithYear_ThatDay(string language, string text, string expected)
    {
        var mention = Single(language, text);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), mention.Date);
    }

    [Theory]
    [InlineData("en", "Ordered: the final day of Q2 2021.", "2021-06-30")]
    [InlineData("en", "Ordered: the first day of the fourth quarter of 2022.", "2022-10-01")]
    [InlineData("nl", "Besteld: de eerste dag van het vierde kwartaal van 2022.", "2022-10-01")]
    [InlineData("nl", "Besteld: de laatste dag van het eerste kwartaal van 2021.", "2021-03-31")]
    public void Recognize_EdgeDayOfAQuarter_ThatDay(string language, string text, string expected)
    {
        var mention = Single(language, text);

        Assert.Equal((DateMentionKind.Date, DateOnly.Parse(expected, CultureInfo.InvariantCulture)), (mention.Kind, mention.Date));
    }

    [Fact]
    public void Recognize_SwedishAtChristmas_NoMonth()
    {
        var mentions = recognizer.Recognize("Kontoret är stängt i jul.", "sv", Reference);

        Assert.Empty(mentions);
    }

    [Fact]
    public void Recognize_SwedishInJuly_StillTheMonth()
    {
        var mention = Single("sv", "Vi betalade i juli.");

        Assert.Equal((new DateOnly(2024, 7, 1), new DateOnly(2024, 8, 1)), (mention.RangeStart, mention.RangeEnd));
    }
}
