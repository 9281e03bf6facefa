namespace BenefitsBot.Domain.Tests.Dates;

/// <summary>Swedish forms against the eval reference day, Sunday 2026-11-22.</summary>
public sealed class SwedishDateTests
{
    [Theory]
    [InlineData("vi köpte den 1 september 2020", "den 1 september 2020=date 2020-09-01")]
    [InlineData("köpte MAP 1 sept 2025", "1 sept 2025=date 2025-09-01")]
    [InlineData("kompetensen köptes 2025-08-17", "2025-08-17=date 2025-08-17")]
    [InlineData("den 1:a mars 2026", "den 1:a mars 2026=date 2026-03-01")]
    [InlineData("21/04/2016", "21/04/2016=date 2016-04-21")]
    [InlineData("den 1/9 2020", "1/9 2020=date 2020-09-01")]
    [InlineData("idag", "idag=date 2026-11-22")]
    [InlineData("igår", "igår=date 2026-11-21")]
    [InlineData("i förrgår", "i förrgår=date 2026-11-20")]
    [InlineData("i tisdags", "i tisdags=date 2026-11-17")]
    [InlineData("förra tisdagen", "förra tisdagen=date 2026-11-10")]
    [InlineData("nästa fredag", "nästa fredag=date 2026-11-27")]
    [InlineData("för 3 dagar sedan", "för 3 dagar sedan=date 2026-11-19")]
    [InlineData("för tio dagar sen", "för tio dagar sen=date 2026-11-12")]
    [InlineData("om två veckor", "om två veckor=date 2026-12-06")]
    [InlineData("nästa månad", "nästa månad=daterange 2026-12-01..2027-01-01")]
    [InlineData("i år", "i år=daterange 2026-01-01..2027-01-01")]
    [InlineData("den 20 nästa månad", "den 20 nästa månad=date 2026-12-20")]
    [InlineData("90 dagar", "90 dagar=duration P90D")]
    [InlineData("ett år", "ett år=duration P1Y")]
    [InlineData("mellan 1 maj 2025 och 1 juni 2025", "mellan 1 maj 2025 och 1 juni 2025=daterange 2025-05-01..2025-06-01")]
    public void Recognize_SwedishPhrases_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("två fredagar från nu", "två fredagar från nu=date 2026-12-04")]
    [InlineData("om två veckor från imorgon", "om två veckor från imorgon=date 2026-12-07")]
    [InlineData("om tre arbetsdagar", "om tre arbetsdagar=date 2026-11-25")]
    public void Recognize_SwedishCountsFromADay_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("demo på nationaldagen", "nationaldagen=date 2026-06-06")]
    [InlineData("köpt på julafton 2024", "julafton 2024=date 2024-12-24")]
    [InlineData("inlöst på julafton", "julafton=date 2025-12-24")]
    [InlineData("firma stängd på midsommarafton", "midsommarafton=date 2026-06-19")]
    [InlineData("aktiverad på långfredagen", "långfredagen=date 2026-04-03")]
    [InlineData("tilldelad på annandag påsk 2025", "annandag påsk 2025=date 2025-04-21")]
    [InlineData("köpt på Luciadagen 2023", "Luciadagen 2023=date 2023-12-13")]
    [InlineData("aktiverad strax före påsk i fjol", "påsk i fjol=date 2025-04-20")]
    [InlineData("inlöst efter pingsten", "pingsten=date 2026-05-24")]
    public void Recognize_SwedishHolidays_LatestOrNamedYear(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("förnyelsedatum 3 jan 24", "3 jan 24=date 2024-01-03")]
    [InlineData("köpt 12 mars 25, tio licenser", "12 mars 25=date 2025-03-12")]
    public void Recognize_DayMonthNameShortYear_Year(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("vi löste in nyckeln sista dagen förra månaden", "sista dagen förra månaden=date 2026-10-31")]
    [InlineData("sista dagen i förra månaden", "sista dagen i förra månaden=date 2026-10-31")]
    [InlineData("första dagen i nästa månad", "första dagen i nästa månad=date 2026-12-01")]
    [InlineData("sista dagen i fjol", "sista dagen i fjol=date 2025-12-31")]
    public void Recognize_FirstOrLastDayOfPeriod_Date(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("köpt i mars förra året", "mars förra året=daterange 2025-03-01..2025-04-01")]
    [InlineData("mars i fjol", "mars i fjol=daterange 2025-03-01..2025-04-01")]
    [InlineData("förra året i december", "förra året i december=daterange 2025-12-01..2026-01-01")]
    public void Recognize_MonthWithNamedYear_MonthOfThatYear(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("för ett halvår sedan", "för ett halvår sedan=date 2026-05-22")]
    [InlineData("för ett halvt år sedan", "för ett halvt år sedan=date 2026-05-22")]
    [InlineData("om ett halvår", "om ett halvår=date 2027-05-22")]
    public void Recognize_HalfYearCounted_SixMonths(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("i slutet av förra månaden", "i slutet av förra månaden=daterange 2026-10-16..2026-11-01")]
    [InlineData("i början av mars", "i början av mars=daterange 2026-03-01..2026-03-16")]
    [InlineData("i mitten av oktober", "i mitten av oktober=daterange 2026-10-10..2026-10-21")]
    [InlineData("i slutet av förra året", "i slutet av förra året=daterange 2025-07-01..2026-01-01")]
    [InlineData("i början av förra veckan", "i början av förra veckan=daterange 2026-11-09..2026-11-12")]
    public void Recognize_EarlyMiddleOrLateOfPeriod_PartOfIt(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("ett och ett halvt år sedan", "ett och ett halvt år sedan=date 2025-05-22")]
    [InlineData("en och en halv månad sedan", "en och en halv månad sedan=date 2026-10-07")]
    [InlineData("för två och en halv vecka sedan", "för två och en halv vecka sedan=date 2026-11-05")]
    [InlineData("om halvannan månad", "om halvannan månad=date 2027-01-06")]
    [InlineData("för en halv månad sedan", "för en halv månad sedan=date 2026-11-07")]
    public void Recognize_CountWithHalf_HalfUnitAdded(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("samma dag förra året", "samma dag förra året=date 2025-11-22")]
    [InlineData("i dag för ett år sedan", "i dag för ett år sedan=date 2025-11-22")]
    [InlineData("för ett år sedan idag", "för ett år sedan=date 2025-11-22; idag=date 2026-11-22")]
    [InlineData("vid den här tiden förra året", "vid den här tiden förra året=date 2025-11-22")]
    [InlineData("för en vecka sedan i går", "för en vecka sedan i går=date 2026-11-14")]
    public void Recognize_DayMovedByPeriodOrCount_SameDayThen(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("förra veckan på tisdag", "förra veckan på tisdag=date 2026-11-10")]
    [InlineData("i tisdags förra veckan", "i tisdags förra veckan=date 2026-11-10")]
    [InlineData("förra veckan i tisdags", "förra veckan i tisdags=date 2026-11-10")]
    public void Recognize_WeekThenWeekday_WeekdayOfThatWeek(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("sista dagen i månaden", "sista dagen i månaden=date 2026-11-30")]
    [InlineData("den sista förra månaden", "den sista förra månaden=date 2026-10-31")]
    [InlineData("den sista i förra månaden", "den sista i förra månaden=date 2026-10-31")]
    [InlineData("betalas den 25:e i månaden", "den 25:e=date 2026-10-25")]
    public void Recognize_LastOfMonth_LastDay(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));

    [Theory]
    [InlineData("loste in den i mandags", "i mandags=date 2026-11-16")]
    [InlineData("kopte den i lordags", "i lordags=date 2026-11-21")]
    [InlineData("aktiverade den igar", "igar=date 2026-11-21")]
    [InlineData("betalade i forrgar", "i forrgar=date 2026-11-20")]
    [InlineData("fakturan kom forra manaden", "forra manaden=daterange 2026-10-01..2026-11-01")]
    public void Recognize_TypedWithoutSwedishLetters_Resolves(string text, string expected) =>
        Assert.Equal(expected, RecognizerAssert.Describe(text, "sv"));
}
