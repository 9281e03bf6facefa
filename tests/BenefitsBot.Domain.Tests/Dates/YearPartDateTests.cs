namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Days named by a part of the year: Swedish quarters and halves (ours; the model has no Swedish), "calendar Q1" and "het tweede
/// kalenderkwartaal" (the qualifier no longer hides the quarter), the first or last working day or weekday of a period, and
/// Chinese edges after the model's half years; against the eval reference day, Sunday 2026-11-22.
/// </summary>
public sealed class YearPartDateTests
{
    [Theory]
    [InlineData("Betalningen gick igenom första kvartalet 2024.", "första kvartalet 2024=daterange 2024-01-01..2024-04-01")]
    [InlineData("vi hörs under andra halvåret", "andra halvåret=daterange 2026-07-01..2027-01-01")]
    [InlineData("Bokslutet gjordes sista kvartalet i fjol.", "sista kvartalet i fjol=daterange 2025-10-01..2026-01-01")]
    [InlineData("Fakturan kom under Q3 2023.", "Q3 2023=daterange 2023-07-01..2023-10-01")]
    [InlineData("kompetensen förnyas sista dagen i förra årets tredje kvartal", "sista dagen i förra årets tredje kvartal=date 2025-09-30")]
    [InlineData("Vi aktiverade den första dagen i kvartal 2 2025.", "den första dagen i kvartal 2 2025=date 2025-04-01")]
    [InlineData("Paketet köptes sista dagen i förra kvartalet.", "sista dagen i förra kvartalet=date 2026-09-30")]
    [InlineData("planerat till nästa halvår", "nästa halvår=daterange 2027-01-01..2027-07-01")]
    [InlineData("sista arbetsdagen i första kvartalet 2024", "sista arbetsdagen i första kvartalet 2024=date 2024-03-29")]
    public void Recognize_SwedishQuarterOrHalfYear_ItsMonthsOrItsEdgeDay(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("sv", "Vi köpte femte kvartalet av pizzan.")]
    [InlineData("sv", "Vi betalade för tre kvartal.")]
    public void Recognize_SwedishQuarterThatIsNoPartOfAYear_NoRange(string language, string text) =>
        Assert.DoesNotContain("daterange", RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Our anniversary is the last day of calendar Q2 2025.", "the last day of calendar Q2 2025=date 2025-06-30")]
    [InlineData("en", "It was activated on the last business day of Q3 2024.", "the last business day of Q3 2024=date 2024-09-30")]
    [InlineData("en", "assigned on the first working day of 2023", "the first working day of 2023=date 2023-01-02")]
    [InlineData("nl", "De verlenging valt op de laatste dag van het eerste kalenderkwartaal van 2025.", "de laatste dag van het eerste kalenderkwartaal van 2025=date 2025-03-31")]
    [InlineData("nl", "geactiveerd op de laatste werkdag van het tweede kwartaal van 2024", "de laatste werkdag van het tweede kwartaal van 2024=date 2024-06-28")]
    [InlineData("en", "Signed up on the first Monday of this year.", "the first Monday of this year=date 2026-01-05")]
    [InlineData("sv", "Token aktiverades sista fredagen i tredje kvartalet 2024.", "sista fredagen i tredje kvartalet 2024=date 2024-09-27")]
    [InlineData("zh-TW", "我們是今年上半年的最後一天付款的", "今年上半年的最後一天=date 2026-06-30")]
    [InlineData("zh-TW", "去年下半年的第一天", "去年下半年的第一天=date 2025-07-01")]
    public void Recognize_EdgeDayOfAQuarterOrHalfYear_ThatDay(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));
}
