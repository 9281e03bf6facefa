namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>
/// Phrasings users type to the bot (slips, abbreviations with dots, ordinals, relative counts) in the four languages, against the
/// eval reference day, Sunday 2026-11-22. Written for robustness beyond the upstream specs and the dev set.
/// </summary>
public sealed class UserPhrasingTests
{
    [Theory]
    [InlineData("we bought it on septmber 1 2020", "septmber 1 2020=date 2020-09-01")]
    [InlineData("purchased 1 sept. 2020", "1 sept. 2020=date 2020-09-01")]
    [InlineData("purchased Sept 1st, 2020", "Sept 1st, 2020=date 2020-09-01")]
    [InlineData("bought 1 sep. '20", "1 sep. '20=date 2020-09-01")]
    [InlineData("bought on the 1st of Sept 2020", "the 1st of Sept 2020=date 2020-09-01")]
    [InlineData("redeemed febuary 29 2024", "febuary 29 2024=date 2024-02-29")]
    [InlineData("assigned on Ocotber 5th", "Ocotber 5th=date 2026-10-05")]
    [InlineData("paid 2020/9/1", "2020/9/1=date 2020-09-01")]
    [InlineData("paid 9/1/2020", "9/1/2020=date 2020-09-01")]
    [InlineData("last wednesday", "last wednesday=date 2026-11-18")]
    [InlineData("3 weeks ago", "3 weeks ago=date 2026-11-01")]
    [InlineData("two months ago", "two months ago=date 2026-09-22")]
    [InlineData("a year ago", "a year ago=date 2025-11-22")]
    [InlineData("the day before yesterday", "the day before yesterday=date 2026-11-20")]
    [InlineData("out for 3 days starting tomorrow", "for 3 days starting tomorrow=daterange 2026-11-23..2026-11-26")]
    [InlineData("bought in 2019 and renewed in 2021", "in 2019=daterange 2019-01-01..2020-01-01; in 2021=daterange 2021-01-01..2022-01-01")]
    [InlineData("I paid $12 December 27", "December 27=date 2025-12-27")]
    [InlineData("in the first 10 days of next month", "the first 10 days of next month=daterange 2026-12-01..2026-12-11")]
    [InlineData("during the last 2 weeks of 2026", "the last 2 weeks of 2026=daterange 2026-12-21..2027-01-04")]
    [InlineData("bought it this morning", "this morning=date 2026-11-22")]
    [InlineData("purchased 2020-09-01T10:00Z", "2020-09-01T10:00Z=date 2020-09-01")]
    [InlineData("a couple of weeks ago", "a couple of weeks ago=date 2026-11-08")]
    [InlineData("bought on September 1 last year", "September 1 last year=date 2025-09-01")]
    [InlineData("purchased on Jan 20 last year", "Jan 20 last year=date 2025-01-20")]
    [InlineData("bought a year and a week ago", "a year and a week ago=date 2025-11-15")]
    [InlineData("last year on March 12 we bought it", "last year on March 12=date 2025-03-12")]
    [InlineData("for the last 3 months and 2 days ago", "the last 3 months=daterange 2026-08-22..2026-11-22; 2 days ago=date 2026-11-20")]
    [InlineData("anniversary 01/07/2020 (dd/mm)", "01/07/2020=date 2020-07-01")]
    [InlineData("the last 3 years", "the last 3 years=daterange 2023-11-22..2026-11-22")]
    [InlineData("bought septmber 1 2020, redeemed yesterday", "septmber 1 2020=date 2020-09-01; yesterday=date 2026-11-21")]
    public void Recognize_EnglishUserPhrasings_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en"));

    [Theory]
    [InlineData("bought 1/9/2020", "1/9/2020=date 2020-09-01")]
    [InlineData("bought 1 sept 2020", "1 sept 2020=date 2020-09-01")]
    public void Recognize_BritishUserPhrasings_ReadsDayFirst(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "en-GB"));

    [Theory]
    [InlineData("köpte den 1:a september 2020", "den 1:a september 2020=date 2020-09-01")]
    [InlineData("köpte den förste september 2020", "den förste september 2020=date 2020-09-01")]
    [InlineData("köpte 1/9-2020", "1/9-2020=date 2020-09-01")]
    [InlineData("köpte 1 sept. 2020", "1 sept. 2020=date 2020-09-01")]
    [InlineData("för två veckor sedan", "för två veckor sedan=date 2026-11-08")]
    [InlineData("tre månader sedan", "tre månader sedan=date 2026-08-22")]
    [InlineData("om två veckor", "om två veckor=date 2026-12-06")]
    [InlineData("i tisdags", "i tisdags=date 2026-11-17")]
    [InlineData("förra onsdagen", "förra onsdagen=date 2026-11-11")]
    [InlineData("köpte i septmber 2020", "septmber 2020=daterange 2020-09-01..2020-10-01")]
    [InlineData("köpt 1 sep -25", "1 sep -25=date 2025-09-01")]
    [InlineData("köpt 1/9 -25", "1/9 -25=date 2025-09-01")]
    [InlineData("köpte förra månaden den 10:e", "förra månaden den 10:e=date 2026-10-10")]
    [InlineData("köpte 1 september förra året", "1 september förra året=date 2025-09-01")]
    [InlineData("köpte 15/10 förra året", "15/10 förra året=date 2025-10-15")]
    [InlineData("köpte action pack 2/9-23 enligt fakturan", "2/9-23=date 2023-09-02")]
    [InlineData("köpte MAP för ett år och en vecka sedan", "för ett år och en vecka sedan=date 2025-11-15")]
    [InlineData("i fjol den 12 mars", "i fjol den 12 mars=date 2025-03-12")]
    [InlineData("årsdag 30/6-20", "30/6-20=date 2020-06-30")]
    [InlineData("vi har haft Action Pack sedan 2019-02-11", "2019-02-11=date 2019-02-11")]
    [InlineData("löste in nyckeln den 3/2 i fjol", "3/2 i fjol=date 2025-02-03")]
    public void Recognize_SwedishUserPhrasings_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("gekocht op 1e september 2020", "op 1e september 2020=date 2020-09-01")]
    [InlineData("gekocht op 1 sept. 2020", "op 1 sept. 2020=date 2020-09-01")]
    [InlineData("gekocht op 01-09-2020", "01-09-2020=date 2020-09-01")]
    [InlineData("over twee weken", "over twee weken=date 2026-12-06")]
    [InlineData("afgelopen maandag", "afgelopen maandag=date 2026-11-16")]
    [InlineData("twee maanden geleden", "twee maanden geleden=date 2026-09-22")]
    [InlineData("eergisteren", "eergisteren=date 2026-11-20")]
    [InlineData("in de laatste drie maanden van 2020", "de laatste drie maanden van 2020=daterange 2020-10-01..2021-01-01")]
    [InlineData("in 2019 en 2021", "in 2019=daterange 2019-01-01..2020-01-01; 2021=daterange 2021-01-01..2022-01-01")]
    [InlineData("vorige maand op de 10e gekocht", "vorige maand op de 10e=date 2026-10-10")]
    [InlineData("vanochtend gekocht", "vanochtend=date 2026-11-22")]
    [InlineData("gekocht op 1 september vorig jaar", "op 1 september vorig jaar=date 2025-09-01")]
    [InlineData("gekocht op 15-10 vorig jaar", "15-10 vorig jaar=date 2025-10-15")]
    [InlineData("ingewisseld op 9 febr. 2026", "op 9 febr. 2026=date 2026-02-09")]
    public void Recognize_DutchUserPhrasings_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "nl"));

    [Theory]
    [InlineData("2020/9/1購買", "2020/9/1=date 2020-09-01")]
    [InlineData("民國109年9月1日購買", "民國109年9月1日=date 2020-09-01")]
    [InlineData("109/9/1購買", "109/9/1=date 2020-09-01")]
    [InlineData("去年9月1日", "去年9月1日=date 2025-09-01")]
    [InlineData("二〇二〇年九月一日", "二〇二〇年九月一日=date 2020-09-01")]
    [InlineData("去年九月", "去年九月=daterange 2025-09-01..2025-10-01")]
    [InlineData("2026年的最後2週", "2026年的最後2週=daterange 2026-12-21..2027-01-04")]
    [InlineData("上週三", "上週三=date 2026-11-11")]
    [InlineData("三週前", "三週前=date 2026-11-01")]
    [InlineData("兩個月前", "兩個月前=date 2026-09-22")]
    [InlineData("上個月10號", "上個月10號=date 2026-10-10")]
    [InlineData("10天後", "10天後=date 2026-12-02")]
    [InlineData("2026年3月6日(星期五)兌換", "2026年3月6日(星期五)=date 2026-03-06")]
    public void Recognize_ChineseUserPhrasings_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "zh-TW"));

    [Theory]
    [InlineData("我在看今日頭條", "zh-TW")]
    [InlineData("《明日之後》好玩嗎", "zh-TW")]
    [InlineData("the price is 6,107.31 dollars", "en")]
    [InlineData("Mach 3 is fast", "en")]
    [InlineData("version 1.2 of the card", "en")]
    [InlineData("3/4 of our seats are used", "en")]
    public void Recognize_NamesAndNumbersThatAreNotDates_FindsNothing(string text, string language) =>
        Assert.Equal("", RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "we bought it on July 7 and assigned it three weeks later", "July 7=date 2026-07-07; three weeks later=date 2026-07-28")]
    [InlineData("en", "expired on 3 March, the payment bounced two days later and we paid a week after that", "3 March=date 2026-03-03; two days later=date 2026-03-05; a week after that=date 2026-03-12")]
    [InlineData("sv", "köpte den 2 juni och tilldelade den en vecka senare", "den 2 juni=date 2026-06-02; en vecka senare=date 2026-06-09")]
    [InlineData("nl", "verliep op 16 februari, twee dagen later kwam de factuur", "op 16 februari=date 2026-02-16; twee dagen later=date 2026-02-18")]
    [InlineData("zh-TW", "我們109年12月1日買了行動套件，兩週後把訂閱指派給新人", "109年12月1日=date 2020-12-01; 兩週後=date 2020-12-15")]
    [InlineData("zh-TW", "5月1日買的。兩週後還能退嗎", "5月1日=date 2026-05-01; 兩週後=date 2026-12-06")]
    [InlineData("en", "three weeks later we will know", "three weeks later=date 2026-12-13")]
    public void Recognize_OffsetToldLater_CountsFromTheDateBefore(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));
}
