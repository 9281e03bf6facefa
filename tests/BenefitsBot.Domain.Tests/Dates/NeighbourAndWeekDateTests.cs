namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Days told by a neighbouring day ("the day before", "the Friday before"), named days after "since / before", and numbered weeks,
/// against the eval reference day, Sunday 2026-11-22.
/// </summary>
public sealed class NeighbourAndWeekDateTests
{
    [Theory]
    [InlineData("sv", "Vi köpte paketet dagen före julafton", "dagen före julafton=date 2025-12-23")]
    [InlineData("sv", "måndagen efter påskdagen 2020", "måndagen efter påskdagen 2020=date 2020-04-13")]
    [InlineData("sv", "dan före dan 2020", "dan före dan 2020=date 2020-12-23")]
    [InlineData("nl", "de dag voor 3 mei", "de dag voor 3 mei=date 2026-05-02")]
    [InlineData("nl", "lid geworden een week na Koningsdag 2022", "een week na Koningsdag 2022=date 2022-05-04")]
    [InlineData("en", "on the Friday before Thanksgiving", "the Friday before Thanksgiving=date 2025-11-21")]
    [InlineData("zh-TW", "跨年夜的前一天", "跨年夜的前一天=date 2025-12-30")]
    [InlineData("zh-TW", "國慶日隔天", "國慶日隔天=date 2026-10-11")]
    public void Recognize_DayToldByItsNeighbour_OneDayOffOrTheNearestWeekday(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("nl", "We zitten sinds Koningsdag 2022 in het Action Pack", "Koningsdag 2022=date 2022-04-27")]
    [InlineData("en", "We've been members since 3 May 2019", "3 May 2019=date 2019-05-03")]
    public void Recognize_DayAfterSince_TheDayItself(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("sv", "Ekonomi kan betala först måndagen vecka 30", "måndagen vecka 30=date 2026-07-20")]
    [InlineData("sv", "under vecka 30", "vecka 30=daterange 2026-07-20..2026-07-27")]
    [InlineData("nl", "in week 30 2023", "week 30 2023=daterange 2023-07-24..2023-07-31")]
    [InlineData("en", "Monday of week 30", "Monday of week 30=date 2026-07-20")]
    public void Recognize_NumberedWeek_IsoWeekOfTheYear(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "redeemed the week before last", "the week before last=daterange 2026-11-02..2026-11-09")]
    [InlineData("en", "redeemed Thursday the week before last", "Thursday the week before last=date 2026-11-05")]
    [InlineData("en", "the week before last, on the Wednesday", "the week before last, on the Wednesday=date 2026-11-04")]
    [InlineData("sv", "köpte måndagen förrförra veckan", "måndagen förrförra veckan=date 2026-11-02")]
    [InlineData("nl", "gekocht op woensdag eervorige week", "op woensdag eervorige week=date 2026-11-04")]
    [InlineData("nl", "eervorige maand", "eervorige maand=daterange 2026-09-01..2026-10-01")]
    public void Recognize_WeekBeforeLast_TwoWeeksBack(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "The audit was on 12 November. The competency expired two weeks before that audit.", "12 November.=date 2026-11-12; two weeks before that audit=date 2026-10-29")]
    [InlineData("sv", "Mötet var den 12 november. Nyckeln löstes in tre dagar före det mötet.", "den 12 november.=date 2026-11-12; tre dagar före det mötet=date 2026-11-09")]
    [InlineData("nl", "De audit was op 12 november. Een week na die audit verliep de competentie.", "op 12 november.=date 2026-11-12; Een week na die audit=date 2026-11-19")]
    public void Recognize_OffsetFromAnEventToldBefore_CountsFromItsDay(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("zh-TW", "中秋節隔天買的", "中秋節隔天=date 2026-09-26")]
    [InlineData("zh-TW", "去年中秋節", "去年中秋節=date 2025-10-06")]
    [InlineData("zh-TW", "大年初一前兩週到期", "大年初一前兩週=date 2026-02-03")]
    [InlineData("zh-TW", "端午節後十天兌換", "端午節後十天=date 2026-06-29")]
    [InlineData("zh-TW", "除夕那天", "除夕=date 2026-02-16")]
    [InlineData("zh-TW", "中秋節後的那個星期一指派的", "中秋節後的那個星期一=date 2026-09-28")]
    [InlineData("zh-TW", "兩週前部門聚餐的隔天買的", "兩週前部門聚餐的隔天=date 2026-11-09")]
    public void Recognize_ChineseLunarFestival_TheLunarDayAndItsOffsets(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "the Monday after our hackathon, which ended Saturday, July 11", "the Monday after our hackathon, which ended Saturday, July 11=date 2026-07-13")]
    [InlineData("sv", "fredagen efter vår kräftskiva, som vi hade onsdag 5/8", "fredagen efter vår kräftskiva, som vi hade onsdag 5/8=date 2026-08-07")]
    [InlineData("nl", "de maandag na onze heidag op donderdag 5 februari", "de maandag na onze heidag op donderdag 5 februari=date 2026-02-09")]
    public void Recognize_WeekdayAfterAnEventDatedAfterIt_TheNearestSuchWeekday(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("sv", "dagen efter midsommarafton i fjol", "dagen efter midsommarafton i fjol=date 2025-06-21")]
    [InlineData("sv", "löpte ut tre veckor efter Valborg", "tre veckor efter Valborg=date 2026-05-21")]
    [InlineData("nl", "gekocht drie dagen na Koningsdag", "drie dagen na Koningsdag=date 2026-04-30")]
    [InlineData("nl", "de volgende Koningsdag", "volgende Koningsdag=date 2027-04-27")]
    [InlineData("nl", "drie dagen voor Sint-Maarten", "drie dagen voor Sint-Maarten=date 2026-11-08")]
    [InlineData("en", "activated two days before Memorial Day", "two days before Memorial Day=date 2026-05-23")]
    [InlineData("en", "bought the day after Easter Sunday", "the day after Easter Sunday=date 2026-04-06")]
    [InlineData("en", "handed out a week before Christmas 2021", "a week before Christmas 2021=date 2021-12-18")]
    [InlineData("en", "bought a month before Christmas last year", "a month before Christmas last year=date 2025-11-25")]
    public void Recognize_OffsetFromANamedDayToldOfThePast_CountsFromTheLastOne(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "We joined four years ago, on 3 March.", "four years ago, on 3 March.=date 2022-03-03")]
    [InlineData("en", "bought on October 9 two years ago", "October 9 two years ago=date 2024-10-09")]
    [InlineData("sv", "Vi gick med för fyra år sedan, den 3 mars", "för fyra år sedan, den 3 mars=date 2022-03-03")]
    [InlineData("nl", "We zijn vier jaar geleden op 3 maart lid geworden", "vier jaar geleden op 3 maart=date 2022-03-03")]
    [InlineData("zh-TW", "四年前的3月3日加入", "四年前的3月3日=date 2022-03-03")]
    public void Recognize_YearlessDayNextToYearsAgo_ThatDayInTheYearCountedBack(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "keyed it in the Tuesday before last", "the Tuesday before last=date 2026-11-10")]
    [InlineData("en", "on Sunday before last", "Sunday before last=date 2026-11-08")]
    public void Recognize_WeekdayBeforeLast_AWeekBeforeTheLastOne(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "The first time we renewed was 4 May", "4 May=date 2026-05-04")]
    [InlineData("en", "the second token was set up on 4 May", "4 May=date 2026-05-04")]
    [InlineData("en", "we paid on the third", "the third=date 2026-11-03")]
    [InlineData("en", "we paid the third.", "the third=date 2026-11-03")]
    [InlineData("nl", "De eerste keer verlengden we 4 mei", "4 mei=date 2026-05-04")]
    [InlineData("nl", "de tweede (geactiveerd 4 mei) werkte niet", "4 mei=date 2026-05-04")]
    [InlineData("nl", "betaald op de derde", "de derde=date 2026-11-03")]
    public void Recognize_OrdinalWordAfterTheArticle_ADayOnlyAfterAPrepositionOrAtTheEnd(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("zh-TW", "明年3/8還能用嗎", "明年3/8=date 2027-03-08")]
    [InlineData("zh-TW", "去年 11/2 兌換", "去年 11/2=date 2025-11-02")]
    public void Recognize_ChineseYearWordBeforeNumericMonthDay_ThatYearsDay(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("sv", "Office v16 är installerat")]
    [InlineData("sv", "vecka 54")]
    public void Recognize_NotAWeek_Nothing(string language, string text) =>
        Assert.Equal("", RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "We bought it two weeks after our internal kickoff on 4 April 2022.", "two weeks after our internal kickoff on 4 April 2022=date 2022-04-18")]
    [InlineData("en", "redeemed the day after our onboarding workshop on 8 January 2026.", "the day after our onboarding workshop on 8 January 2026=date 2026-01-09")]
    [InlineData("sv", "Kompetensen förföll tio dagar efter vår kickoff den 2 april 2026, och", "tio dagar efter vår kickoff den 2 april 2026=date 2026-04-12")]
    [InlineData("nl", "een week na haar eerste werkdag op 21-11-2022", "een week na haar eerste werkdag op 21-11-2022=date 2022-11-28")]
    public void Recognize_OffsetFromAnotherToldEvent_TheDayItLandsOn(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "Our deadline was 1 February, one year after we bought it on 1 February 2020.", "1 February=date 2026-02-01; one year=duration P1Y; 1 February 2020=date 2020-02-01")]
    [InlineData("en", "two weeks after the kickoff, on 4 April 2022", "two weeks=duration P2W; 4 April 2022=date 2022-04-04")]
    public void Recognize_OffsetAfterOurOwnActOrAcrossAComma_KeepsBoth(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("nl", "Ticket 22-04-7719: 'Competentie verlopen op 30-3-2022.'", "30-3-2022=date 2022-03-30")]
    [InlineData("en", "Case 12/05/4471 was opened on 3/30/2022", "3/30/2022=date 2022-03-30")]
    public void Recognize_NumberShapedLikeADateWithAnImplausibleYear_NotADate(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));
}
