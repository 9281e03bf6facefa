using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Dates;

namespace BenefitsBot.Tests.Dialogs;

public sealed class DateFieldReaderTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);
    private readonly DateFieldReader reader = new(new DateRecognizer());

    [Theory]
    [InlineData("14 March 2025", "en")]
    [InlineData("14 mars 2025", "en")]
    [InlineData("14 maart 2025", "sv")]
    [InlineData("2025年3月14日", "nl")]
    [InlineData("den 14 mars 2025", "sv")]
    [InlineData("2025-03-14", "zh-TW")]
    public void Recognize_DayInAnyLanguage_ReadsIt(string typed, string uiLanguage)
    {
        Assert.Equal(new DateOnly(2025, 3, 14), reader.Recognize(typed, uiLanguage, Today));
    }

    [Theory]
    [InlineData("sometime soon")]
    [InlineData("March 2025")]
    [InlineData("two weeks")]
    public void Recognize_NoSingleDay_Null(string typed)
    {
        Assert.Null(reader.Recognize(typed, "en", Today));
    }
}
