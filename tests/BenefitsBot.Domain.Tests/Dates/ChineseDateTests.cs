namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>Traditional (and Simplified) Chinese forms against the eval reference day, Sunday 2026-11-22.</summary>
public sealed class ChineseDateTests
{
    [Theory]
    [InlineData("二〇二〇年九月一日", "二〇二〇年九月一日=date 2020-09-01")]
    [InlineData("2025年5月6日", "2025年5月6日=date 2025-05-06")]
    [InlineData("十月三十一號", "十月三十一號=date 2026-10-31")]
    [InlineData("2025/8/1", "2025/8/1=date 2025-08-01")]
    [InlineData("民國114年9月1日", "民國114年9月1日=date 2025-09-01")]
    [InlineData("民國114年", "民國114年=daterange 2025-01-01..2026-01-01")]
    [InlineData("114年9月1日", "114年9月1日=date 2025-09-01")]
    [InlineData("114/9/1", "114/9/1=date 2025-09-01")]
    [InlineData("去年9月1日", "去年9月1日=date 2025-09-01")]
    [InlineData("9/1", "9/1=date 2026-09-01")]
    [InlineData("今天", "今天=date 2026-11-22")]
    [InlineData("前天", "前天=date 2026-11-20")]
    [InlineData("大前天", "大前天=date 2026-11-19")]
    [InlineData("後天", "後天=date 2026-11-24")]
    [InlineData("上週二", "上週二=date 2026-11-10")]
    [InlineData("上星期二", "上星期二=date 2026-11-10")]
    [InlineData("下禮拜五", "下禮拜五=date 2026-11-27")]
    [InlineData("三天前", "三天前=date 2026-11-19")]
    [InlineData("兩週後", "兩週後=date 2026-12-06")]
    [InlineData("上個月10號", "上個月10號=date 2026-10-10")]
    [InlineData("下個月", "下個月=daterange 2026-12-01..2027-01-01")]
    [InlineData("三十天", "三十天=duration P30D")]
    [InlineData("一年", "一年=duration P1Y")]
    [InlineData("從2025年3月1日到2025年3月10日", "從2025年3月1日到2025年3月10日=daterange 2025-03-01..2025-03-10")]
    public void Recognize_ChinesePhrases_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("琴日", "琴日=date 2026-11-21")]
    [InlineData("聽日", "聽日=date 2026-11-23")]
    [InlineData("前日到期", "前日=date 2026-11-20")]
    public void Recognize_CantoneseDayWords_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("國慶日", "國慶日=date 2026-10-10")]
    [InlineData("民國109年國慶日到期", "民國109年國慶日=date 2020-10-10")]
    [InlineData("去年教師節那天", "去年教師節=date 2025-09-28")]
    [InlineData("今年二二八那天買的", "今年二二八=date 2026-02-28")]
    [InlineData("去年228那天兌換的", "去年228=date 2025-02-28")]
    [InlineData("228連假期間啟用", "228=date 2026-02-28")]
    [InlineData("民國112年的228那天啟用", "民國112年的228=date 2023-02-28")]
    [InlineData("民國112年的228啟用", "民國112年的228=date 2023-02-28")]
    [InlineData("兒童節", "兒童節=date 2026-04-04")]
    [InlineData("雙十節", "雙十節=date 2026-10-10")]
    [InlineData("和平紀念日", "和平紀念日=date 2026-02-28")]
    public void Recognize_TaiwanNationalDays_TaiwansDateNotTheMainlands(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("不對 是21號買的", "21號=date 2026-11-21")]
    [InlineData("21日", "21日=date 2026-11-21")]
    public void Recognize_DayOfMonthAlone_LatestOccurrence(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("3號樓")]
    [InlineData("第5號")]
    [InlineData("最晚要在哪一天之前付款？")]
    [InlineData("哪天之前要付？")]
    [InlineData("哪一天可以續約？")]
    [InlineData("編號 20201301")]
    [InlineData("買了228個授權")]
    [InlineData("訂單228已經付款")]
    public void Recognize_ChineseTextWithoutDates_FindsNothing(string text) =>
        Assert.Equal("", RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("后3天", "后3天=daterange 2026-11-23..2026-11-26")]
    [InlineData("5/3/2025", "5/3/2025=date 2025-03-05")]
    [InlineData("我今年30岁", "今年=daterange 2026-01-01..2026-11-22")]
    public void Recognize_ChineseCountsAndYearForms_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("上個月最後一天", "上個月最後一天=date 2026-10-31")]
    [InlineData("我們上個月的最後一天兌換的", "上個月的最後一天=date 2026-10-31")]
    [InlineData("下個月的第一天", "下個月的第一天=date 2026-12-01")]
    [InlineData("上週第一天", "上週第一天=date 2026-11-09")]
    [InlineData("去年最後一天", "去年最後一天=date 2025-12-31")]
    public void Recognize_FirstOrLastDayOfPeriod_Date(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("上個月的2號", "上個月的2號=date 2026-10-02")]
    [InlineData("上週的週二", "上週的週二=date 2026-11-10")]
    [InlineData("上禮拜的星期二", "上禮拜的星期二=date 2026-11-10")]
    [InlineData("去年的3月", "去年的3月=daterange 2025-03-01..2025-04-01")]
    [InlineData("去年的3月15日", "去年的3月15日=date 2025-03-15")]
    public void Recognize_PeriodThenPossessiveDe_DateInThatPeriod(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("半年前", "半年前=date 2026-05-22")]
    [InlineData("半個月前", "半個月前=date 2026-11-07")]
    [InlineData("一年半前", "一年半前=date 2025-05-22")]
    [InlineData("一個半月前", "一個半月前=date 2026-10-07")]
    [InlineData("兩個半星期前", "兩個半星期前=date 2026-11-05")]
    [InlineData("兩週半前", "兩週半前=date 2026-11-05")]
    public void Recognize_HalfUnitsCounted_HalfYearSixMonthsHalfMonthFifteenDays(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("上個月底", "上個月底=daterange 2026-10-16..2026-11-01")]
    [InlineData("下個月初", "下個月初=daterange 2026-12-01..2026-12-16")]
    [InlineData("10月底", "10月底=daterange 2026-10-16..2026-11-01")]
    [InlineData("去年年初", "去年年初=daterange 2025-01-01..2025-07-01")]
    [InlineData("月底前要付款", "月底=daterange 2026-11-16..2026-12-01")]
    public void Recognize_EarlyOrLateOfPeriod_PartOfIt(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("續約日是６／１５", "６／１５=date 2026-06-15")]
    [InlineData("２０２４／３／１買的", "２０２４／３／１=date 2024-03-01")]
    public void Recognize_FullWidthDateSeparators_Date(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("去年的今天", "去年的今天=date 2025-11-22")]
    [InlineData("一年前的今天", "一年前的今天=date 2025-11-22")]
    [InlineData("去年這個時候", "去年這個時候=date 2025-11-22")]
    [InlineData("上個月的今天", "上個月的今天=date 2026-10-22")]
    public void Recognize_DayMovedByPeriodOrCount_SameDayThen(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));
}
