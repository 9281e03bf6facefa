using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

public sealed class BenefitRulesDatesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void RenewalWindow_ArticleExample_OpensDayAfterAnniversary()
    {
        // Article: bought 1 September 2020 → 30-day renewal period begins 2 September 2021.
        var window = BenefitRules.RenewalWindow(D(2020, 9, 1));

        Assert.Equal(D(2021, 9, 2), window.Start);
        Assert.Equal(D(2021, 10, 1), window.End);
    }

    [Fact]
    public void RenewalWindow_Always_LastsThirtyDaysInclusive()
    {
        var window = BenefitRules.RenewalWindow(D(2025, 3, 14));

        Assert.Equal(30, window.End.DayNumber - window.Start.DayNumber + 1);
    }

    [Fact]
    public void RenewalWindow_MonthEndPurchaseInShortFebruaryYear_EndsInMarch()
    {
        var window = BenefitRules.RenewalWindow(D(2026, 1, 31));

        Assert.Equal(D(2027, 2, 1), window.Start);
        Assert.Equal(D(2027, 3, 2), window.End);
    }

    [Fact]
    public void RenewalWindow_LeapYearFebruary_CountsTwentyNinthOfFebruary()
    {
        // 2028 is a leap year: 1 Feb + 29 days is 1 March.
        var window = BenefitRules.RenewalWindow(D(2027, 1, 31));

        Assert.Equal(D(2028, 3, 1), window.End);
    }

    [Fact]
    public void FirstAnniversary_LeapDayPurchase_IsTwentyEighthOfFebruary()
    {
        Assert.Equal(D(2025, 2, 28), BenefitRules.FirstAnniversary(D(2024, 2, 29)));
    }

    [Fact]
    public void RenewalWindow_LeapDayPurchase_OpensFirstOfMarch()
    {
        var window = BenefitRules.RenewalWindow(D(2024, 2, 29));

        Assert.Equal(D(2025, 3, 1), window.Start);
        Assert.Equal(D(2025, 3, 30), window.End);
    }

    [Fact]
    public void RenewalWindow_YearEndPurchase_CrossesIntoNextYear()
    {
        var window = BenefitRules.RenewalWindow(D(2025, 12, 31));

        Assert.Equal(D(2027, 1, 1), window.Start);
        Assert.Equal(D(2027, 1, 30), window.End);
    }

    [Fact]
    public void GracePeriodEnd_Anniversary_IsThirtyDaysLaterAndEqualsWindowEnd()
    {
        var anniversary = D(2026, 9, 1);

        Assert.Equal(D(2026, 10, 1), BenefitRules.GracePeriodEnd(anniversary));
        Assert.Equal(BenefitRules.RenewalWindowFromAnniversary(anniversary).End, BenefitRules.GracePeriodEnd(anniversary));
    }

    [Fact]
    public void GracePeriodEnd_DecemberAnniversary_EndsInJanuary()
    {
        Assert.Equal(D(2027, 1, 14), BenefitRules.GracePeriodEnd(D(2026, 12, 15)));
    }

    [Fact]
    public void KeyUsableUntil_ArticleExample_SameDayNextYear()
    {
        // Article: redeemed 1 December 2020 → usable until 1 December 2021.
        Assert.Equal(D(2021, 12, 1), BenefitRules.KeyUsableUntil(D(2020, 12, 1)));
    }

    [Fact]
    public void KeyUsableUntil_LeapDayRedemption_TwentyEighthOfFebruary()
    {
        Assert.Equal(D(2029, 2, 28), BenefitRules.KeyUsableUntil(D(2028, 2, 29)));
    }

    [Fact]
    public void UserAssignedBenefitsUsableUntil_RenewalDate_ThirtyDaysLater()
    {
        Assert.Equal(D(2027, 3, 2), BenefitRules.UserAssignedBenefitsUsableUntil(D(2027, 1, 31)));
    }

    [Fact]
    public void VisualStudioReassignableFrom_Assignment_NinetyDaysLater()
    {
        Assert.Equal(D(2026, 5, 30), BenefitRules.VisualStudioReassignableFrom(D(2026, 3, 1)));
        Assert.Equal(D(2027, 2, 19), BenefitRules.VisualStudioReassignableFrom(D(2026, 11, 21)));
    }

    [Fact]
    public void ReplacementTokenDeadline_Activation_ThirtyDaysLater()
    {
        Assert.Equal(D(2026, 5, 2), BenefitRules.ReplacementTokenDeadline(D(2026, 4, 2)));
    }

    [Fact]
    public void RefundDeadline_Purchase_ThirtyDaysLaterAcrossYearEnd()
    {
        Assert.Equal(D(2026, 12, 31), BenefitRules.RefundDeadline(D(2026, 12, 1)));
        Assert.Equal(D(2027, 1, 1), BenefitRules.RefundDeadline(D(2026, 12, 2)));
    }

    [Theory]
    [InlineData(2020, 7, 1, 2021, 7, 1)]
    [InlineData(2020, 12, 31, 2021, 12, 31)]
    [InlineData(2020, 8, 12, 2021, 8, 12)]
    public void CovidExtendedThrough_AnniversaryInRange_NextAnniversaryIn2021(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), BenefitRules.CovidExtendedThrough(D(y, m, d)));
    }

    [Theory]
    [InlineData(2020, 6, 30)]
    [InlineData(2021, 1, 1)]
    [InlineData(2021, 3, 15)]
    [InlineData(2019, 8, 12)]
    public void CovidExtendedThrough_AnniversaryOutsideRange_Null(int y, int m, int d)
    {
        Assert.Null(BenefitRules.CovidExtendedThrough(D(y, m, d)));
    }
}
