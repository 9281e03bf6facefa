namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// A weekday placed in the week of a date, or the week after or before it ("the Thursday of the week of 9 March", "veckan efter
/// den 12 maj, på tisdagen", 6月4日那一週的星期一), a weekday of the week after a date told before ("de woensdag daarop", 隔週二),
/// elapsed time counted back or forward from today ("it's been 40 days since", 已經十天了, 再過十天), Chinese offsets from an event dated
/// in the next clause and Taiwan's Christmas and Retrocession Day; against the eval
/// reference day, Sunday 2026-11-22. Weeks start on Monday.
/// </summary>
public sealed class WeekAndElapsedDateTests
{
    [Theory]
    [InlineData("en", "We paid on the Thursday of the week of 9 March 2026.", "on the Thursday of the week of 9 March 2026=date 2026-03-12")]
    [InlineData("en", "We paid on the Friday of the week of the 18th.", "on the Friday of the week of the 18th=date 2026-11-20")]
    [InlineData("en", "Set up the Friday the week after June 2, 2025, I think.", "the Friday the week after June 2, 2025=date 2025-06-13")]
    [InlineData("en", "It was the week before 14 April 2025, on the Monday.", "the week before 14 April 2025, on the Monday=date 2025-04-07")]
    [InlineData("sv", "Vi betalade tisdagen i veckan efter den 12 maj 2025.", "tisdagen i veckan efter den 12 maj 2025=date 2025-05-20")]
    [InlineData("sv", "Det var veckan före den 3 mars 2025, på torsdagen.", "veckan före den 3 mars 2025, på torsdagen=date 2025-02-27")]
    [InlineData("nl", "Gekocht op de vrijdag van de week van 7 april 2025.", "op de vrijdag van de week van 7 april 2025=date 2025-04-11")]
    [InlineData("nl", "In de week na 5 mei 2025, op de dinsdag, hebben we betaald.", "In de week na 5 mei 2025, op de dinsdag=date 2025-05-13")]
    [InlineData("zh-TW", "我們在2025年6月4日那一週的星期一付款。", "2025年6月4日那一週的星期一=date 2025-06-02")]
    [InlineData("zh-TW", "是2025年6月4日後一週的週五", "2025年6月4日後一週的週五=date 2025-06-13")]
    [InlineData("zh-TW", "是2025年6月4日前一個禮拜的週二", "2025年6月4日前一個禮拜的週二=date 2025-05-27")]
    [InlineData("en", "We paid on the Monday of the week after the trade fair, which was 7 May 2025.", "on the Monday of the week after the trade fair, which was 7 May 2025=date 2025-05-12")]
    [InlineData("sv", "Vi betalade fredagen veckan före mässan, och mässan var 12 mars 2025.", "fredagen veckan före mässan, och mässan var 12 mars 2025=date 2025-03-07")]
    [InlineData("nl", "Gekocht op de dinsdag van de week waarin de audit liep, de week van 7 juli 2025.", "op de dinsdag van de week waarin de audit liep, de week van 7 juli 2025=date 2025-07-08")]
    public void Recognize_WeekdayInTheWeekOfADate_ThatWeekdayOfItsWeekOrTheNextOrPrevious(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("nl", "Op 2 juni 2025 kwam de offerte binnen en de woensdag daarop hebben we betaald.", "Op 2 juni 2025=date 2025-06-02; de woensdag daarop=date 2025-06-04")]
    [InlineData("sv", "Avtalet skrevs den 2 juni 2025 och vi betalade torsdagen därpå.", "den 2 juni 2025=date 2025-06-02; torsdagen därpå=date 2025-06-05")]
    [InlineData("en", "We signed on 2 June 2025 and paid the week after, on the Tuesday.", "2 June 2025=date 2025-06-02; the week after, on the Tuesday=date 2025-06-10")]
    [InlineData("zh-TW", "我們2025年6月4日簽約，隔週二付款。", "2025年6月4日=date 2025-06-04; 隔週二=date 2025-06-10")]
    public void Recognize_WeekdayAfterTheDateToldBefore_CountedFromThatDate(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "It's been 40 days since we redeemed it.", "40 days since=date 2026-10-13")]
    [InlineData("zh-TW", "我們啟用已經十天了", "已經十天了=date 2026-11-12")]
    [InlineData("zh-TW", "續約日期已經過了兩個禮拜", "已經過了兩個禮拜=date 2026-11-08")]
    [InlineData("zh-TW", "再過十天就到期", "再過十天=date 2026-12-02")]
    [InlineData("zh-TW", "一年又三天前買的", "一年又三天前=date 2025-11-19")]
    public void Recognize_ElapsedTime_CountedFromToday(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "We have been partners for 5 years since 2019.", "=date 2021-11-22")]
    [InlineData("zh-TW", "公司成立已經十年了", "=date 2016-11-22")]
    [InlineData("zh-TW", "現在已經5月了", "已經5月了=")]
    [InlineData("zh-TW", "我們6月15日之後才付款", "之後=date")]
    public void Recognize_TenureMonthOrDateThatIsNoElapsedCount_NoDayCountedBack(string language, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, RecognizerAssert.Describe(text, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("我們在期末考的前兩天付款，期末考是2025年6月20日。", "的前兩天=date 2025-06-18")]
    [InlineData("兌換碼是研討會後十天輸入的，研討會在2024年3月8日。", "後十天=date 2024-03-18")]
    [InlineData("訂閱是主管到任後一週指派的，他是2025年5月2日到任。", "後一週=date 2025-05-09")]
    public void Recognize_ChineseOffsetFromAnEventDatedInTheNextClause_DayTheOffsetLandsOn(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Fact]
    public void Recognize_ChineseOffsetFromAnEventNotNamedAgain_DateKeptAsTold() =>
        Assert.Contains("2025年6月20日=date 2025-06-20", RecognizerAssert.Describe("我們在會議的前兩天付款，2025年6月20日是截止日。", "zh-TW"), StringComparison.Ordinal);

    [Theory]
    [InlineData("截止是2025年聖誕節", "2025年聖誕節=date 2025-12-25")]
    [InlineData("金鑰是平安夜那天兌換的", "平安夜=date 2025-12-24")]
    [InlineData("那天是今年光復節", "今年光復節=date 2026-10-25")]
    public void Recognize_ChristmasOrRetrocessionDay_ItsSolarDate(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));
}
