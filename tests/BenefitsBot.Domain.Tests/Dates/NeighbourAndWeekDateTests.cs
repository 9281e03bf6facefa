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
    [InlineData("zh-TW", "勞動節（5/1）隔天", "勞動節（5/1）隔天=date 2026-05-02")]
    [InlineData("zh-TW", "2024年春節過後正好兩週", "2024年春節過後正好兩週=date 2024-02-24")]
    public void Recognize_DayToldByItsNeighbour_OneDayOffOrTheNearestWeekday(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "The audit ended on 4 March 2025. Our admin entered the code the next day.", "4 March 2025=date 2025-03-04; the next day=date 2025-03-05")]
    [InlineData("en", "We signed on 4 March 2025 and the invoice came the day after, so", "4 March 2025=date 2025-03-04; the day after=date 2025-03-05")]
    [InlineData("en", "Training was on Wednesday 5 March 2025; I set it up the following Monday.", "Wednesday 5 March 2025=date 2025-03-05; the following Monday=date 2025-03-10")]
    [InlineData("sv", "Revisionen slutade 4 mars 2025 och vi löste in koden dagen därpå.", "4 mars 2025=date 2025-03-04; dagen därpå=date 2025-03-05")]
    [InlineData("nl", "De audit was op 4 maart 2025; de dag erna hebben we de code ingevoerd.", "op 4 maart 2025=date 2025-03-04; de dag erna=date 2025-03-05")]
    [InlineData("zh-TW", "稽核在2025年3月4日結束，我們隔天輸入了代碼。", "2025年3月4日=date 2025-03-04; 隔天=date 2025-03-05")]
    public void Recognize_DayToldAsTheNextOne_NeighbourOfTheDateToldBefore(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "The day after tomorrow we meet; the audit was on 4 March 2025.")]
    [InlineData("en", "We paid on 4 March 2025, the day after we signed.")]
    [InlineData("zh-TW", "我們在續約前一天付款，那是2025年3月4日。")]
    public void Recognize_NextDayWithItsEventOrFromToday_NoDayAdded(string language, string text) =>
        Assert.DoesNotContain("=date 2025-03-05", RecognizerAssert.Describe(text, language, new DateOnly(2025, 3, 20)), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "I entered the code two days after our audit, and the audit was on 4 March 2025.", "two days after our audit, and the audit was on 4 March 2025=date 2025-03-06")]
    [InlineData("en", "We paid the day before the board met, which was 4 March 2025.", "the day before the board met, which was 4 March 2025=date 2025-03-03")]
    [InlineData("sv", "Vi betalade dagen efter att revisionen var klar, och revisionen slutade 4 mars 2025.", "dagen efter att revisionen var klar, och revisionen slutade 4 mars 2025=date 2025-03-05")]
    [InlineData("nl", "We betaalden twee dagen voordat de audit begon, en die begon op 4 maart 2025.", "twee dagen voordat de audit begon, en die begon op 4 maart 2025=date 2025-03-02")]
    [InlineData("nl", "Ik voerde de code in op de maandag na de audit, dinsdag 4 maart 2025.", "de maandag na de audit, dinsdag 4 maart 2025=date 2025-03-10")]
    [InlineData("en", "We paid two days after the fair, and the fair was exactly three weeks ago.", "two days after the fair, and the fair was exactly three weeks ago=date 2025-03-01")]
    [InlineData("nl", "Betaald de dag na de beurs, en die beurs was precies een maand geleden.", "de dag na de beurs, en die beurs was precies een maand geleden=date 2025-02-21")]
    public void Recognize_OffsetFromAnEventDatedAfterItsName_DayTheOffsetLandsOn(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language, new DateOnly(2025, 3, 20)));

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
    [InlineData("en", "paid on the third Wednesday of August 2023", "the third Wednesday of August 2023=date 2023-08-16")]
    [InlineData("en", "the last business day of February 2024", "the last business day of February 2024=date 2024-02-29")]
    [InlineData("en", "the first Monday of next month", "the first Monday of next month=date 2026-12-07")]
    [InlineData("en", "the second Friday in December", "the second Friday in December=date 2025-12-12")]
    [InlineData("sv", "den andra tisdagen i maj förra året", "den andra tisdagen i maj förra året=date 2025-05-13")]
    [InlineData("sv", "sista vardagen i augusti 2025", "sista vardagen i augusti 2025=date 2025-08-29")]
    [InlineData("nl", "op de eerste werkdag van maart 2025", "de eerste werkdag van maart 2025=date 2025-03-03")]
    [InlineData("nl", "de laatste donderdag van oktober", "de laatste donderdag van oktober=date 2026-10-29")]
    [InlineData("zh-TW", "2025年5月的第二個星期三", "2025年5月的第二個星期三=date 2025-05-14")]
    [InlineData("zh-TW", "民國113年8月的最後一個工作日", "民國113年8月的最後一個工作日=date 2024-08-30")]
    [InlineData("zh-TW", "上個月的第一個週五", "上個月的第一個週五=date 2026-10-02")]
    public void Recognize_DayCountedWithinAMonth_ThatWeekdayOrWorkingDayOfTheMonthAndYear(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "redeemed three days after our board meeting, which was on 9 June 2025", "three days after our board meeting, which was on 9 June 2025=date 2025-06-12")]
    [InlineData("en", "assigned the Thursday after the hackathon (the hackathon was Monday 2 March 2026)", "the Thursday after the hackathon (the hackathon was Monday 2 March 2026=date 2026-03-05")]
    [InlineData("en", "activated the day before we moved offices (we moved on 30 June 2025)", "the day before we moved offices (we moved on 30 June 2025=date 2025-06-29")]
    [InlineData("sv", "fyra dagar efter konferensen (den var tisdag 14 oktober 2025)", "fyra dagar efter konferensen (den var tisdag 14 oktober 2025=date 2025-10-18")]
    [InlineData("nl", "een week voor de verhuizing, die was op 10 februari 2026", "een week voor de verhuizing, die was op 10 februari 2026=date 2026-02-03")]
    public void Recognize_OffsetFromAnEventRestatedWithItsDate_CountsFromThatDate(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("nl", "twee dagen na Pasen (20-4-2025)", "twee dagen na Pasen=date 2025-04-22; 20-4-2025=date 2025-04-20")]
    [InlineData("zh-TW", "2025年6月1日的三天後", "2025年6月1日的三天後=date 2025-06-04")]
    [InlineData("zh-TW", "國慶日（10/10）的前兩天", "國慶日（10/10）的前兩天=date 2026-10-08")]
    [InlineData("zh-TW", "元旦的5天前", "元旦的5天前=date 2025-12-27")]
    [InlineData("zh-TW", "研討會（2025年5月3日）之後的第一個星期一", "2025年5月3日）之後的第一個星期一=date 2025-05-05")]
    public void Recognize_OffsetAfterADayAndItsRestatement_CountsFromTheRestatedDay(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "two days after Black Friday 2021", "two days after Black Friday 2021=date 2021-11-28")]
    [InlineData("en", "on Cyber Monday last year", "Cyber Monday last year=date 2025-12-01")]
    public void Recognize_ShoppingDaysAfterThanksgiving_TheirDayThatYear(string language, string text, string expected) =>
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
    [InlineData("en", "Our offsite was on 12 November. The key was entered two weeks before that offsite.", "12 November.=date 2026-11-12; two weeks before that offsite=date 2026-10-29")]
    [InlineData("sv", "Mötet var den 12 november. Nyckeln löstes in tre dagar före det mötet.", "den 12 november.=date 2026-11-12; tre dagar före det mötet=date 2026-11-09")]
    [InlineData("nl", "De audit was op 12 november. Een week na die audit verliep de competentie.", "op 12 november.=date 2026-11-12; Een week na die audit=date 2026-11-19")]
    public void Recognize_OffsetFromAnEventToldBefore_CountsFromItsDay(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("zh-TW", "元宵節隔天買的", "元宵節隔天=date 2026-03-04")]
    [InlineData("zh-TW", "前年端午節", "前年端午節=date 2024-06-10")]
    [InlineData("zh-TW", "除夕前三天到期", "除夕前三天=date 2026-02-13")]
    [InlineData("zh-TW", "中秋節後五天兌換", "中秋節後五天=date 2026-09-30")]
    [InlineData("zh-TW", "小年夜那天", "小年夜=date 2026-02-15")]
    [InlineData("zh-TW", "端午節後的那個星期三指派的", "端午節後的那個星期三=date 2026-06-24")]
    [InlineData("zh-TW", "一個月前尾牙的隔天買的", "一個月前尾牙的隔天=date 2026-10-23")]
    public void Recognize_ChineseLunarFestival_TheLunarDayAndItsOffsets(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "the Tuesday after our retreat, which was Friday, May 8", "the Tuesday after our retreat, which was Friday, May 8=date 2026-05-12")]
    [InlineData("sv", "torsdagen efter vår konferens, som var fredag 12/6", "torsdagen efter vår konferens, som var fredag 12/6=date 2026-06-18")]
    [InlineData("nl", "de woensdag na onze teamdag op dinsdag 3 maart", "de woensdag na onze teamdag op dinsdag 3 maart=date 2026-03-04")]
    public void Recognize_WeekdayAfterAnEventDatedAfterIt_TheNearestSuchWeekday(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("sv", "dagen före Valborg i fjol", "dagen före Valborg i fjol=date 2025-04-29")]
    [InlineData("sv", "löpte ut två veckor efter Lucia", "två veckor efter Lucia=date 2025-12-27")]
    [InlineData("nl", "verlopen vijf dagen na Bevrijdingsdag", "vijf dagen na Bevrijdingsdag=date 2026-05-10")]
    [InlineData("nl", "de volgende Bevrijdingsdag", "volgende Bevrijdingsdag=date 2027-05-05")]
    [InlineData("nl", "twee dagen voor Prinsjesdag", "twee dagen voor Prinsjesdag=date 2026-09-13")]
    [InlineData("en", "lapsed a week before Labor Day", "a week before Labor Day=date 2026-08-31")]
    [InlineData("en", "bought two days after Good Friday", "two days after Good Friday=date 2026-04-05")]
    [InlineData("en", "set up three days after Halloween 2023", "three days after Halloween 2023=date 2023-11-03")]
    [InlineData("en", "paid a fortnight before Thanksgiving last year", "a fortnight before Thanksgiving last year=date 2025-11-13")]
    public void Recognize_OffsetFromANamedDayToldOfThePast_CountsFromTheLastOne(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "We signed up five years ago, on 9 June.", "five years ago, on 9 June.=date 2021-06-09")]
    [InlineData("en", "activated on March 3 six years ago", "March 3 six years ago=date 2020-03-03")]
    [InlineData("sv", "Avtalet tecknades för sex år sedan, den 9 juni", "för sex år sedan, den 9 juni=date 2020-06-09")]
    [InlineData("nl", "Zes jaar geleden, op 9 juni, werden we partner", "Zes jaar geleden, op 9 juni=date 2020-06-09")]
    [InlineData("zh-TW", "六年前的6月9日簽約", "六年前的6月9日=date 2020-06-09")]
    public void Recognize_YearlessDayNextToYearsAgo_ThatDayInTheYearCountedBack(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "We enter the code on Monday 1/8.", "Monday 1/8=date 2024-01-08")]
    [InlineData("sv", "Vi löser in koden på måndag 8/1.", "måndag 8/1=date 2024-01-08")]
    [InlineData("nl", "We voeren de code in op maandag 8 januari.", "maandag 8 januari.=date 2024-01-08")]
    [InlineData("en", "We entered the code on Sunday 1/8.", "Sunday 1/8=date 2023-01-08")]
    public void Recognize_YearlessDayWithItsWeekday_TheYearItFallsOnThatWeekday(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language, new DateOnly(2024, 1, 3)));

    [Theory]
    [InlineData("en", "Reading a ticket from 2024-05-03: the key \"was entered two days ago\".", "2024-05-03=date 2024-05-03; two days ago=date 2024-05-01")]
    [InlineData("sv", "I ärendet från 2024-05-03 står det att nyckeln löstes in \"i förrgår\".", "2024-05-03=date 2024-05-03; i förrgår=date 2024-05-01")]
    [InlineData("nl", "In het ticket van 2024-05-03 staat dat de sleutel \"eergisteren\" is ingevoerd.", "2024-05-03=date 2024-05-03; eergisteren=date 2024-05-01")]
    [InlineData("zh-TW", "2024/5/3 的舊工單寫著金鑰「前天」兌換。", "2024/5/3=date 2024-05-03; 前天=date 2024-05-01")]
    [InlineData("en", "We bought it on 2024-03-02 and \"two days ago\" we entered the key.", "2024-03-02=date 2024-03-02; two days ago=date 2026-11-20")]
    public void Recognize_RelativeDayQuotedFromADatedNote_CountedFromTheNote(string language, string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, language));

    [Theory]
    [InlineData("en", "Our admin entered it two years ago yesterday.", "two years ago yesterday=date 2024-11-21")]
    [InlineData("sv", "Nyckeln löstes in för två år sedan igår.", "för två år sedan igår=date 2024-11-21")]
    [InlineData("nl", "De sleutel is twee jaar geleden gisteren ingewisseld.", "twee jaar geleden gisteren=date 2024-11-21")]
    [InlineData("zh-TW", "兩年前的前天買的", "兩年前的前天=date 2024-11-20")]
    [InlineData("en", "We signed two years ago, yesterday we paid.", "two years ago=date 2024-11-22; yesterday=date 2026-11-21")]
    public void Recognize_DayFromTodayAfterYearsAgo_ThatDayInTheYearCountedBack(string language, string text, string expected) =>
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
