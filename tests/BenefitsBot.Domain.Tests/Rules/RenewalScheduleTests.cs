using BenefitsBot.Domain.Rules;

namespace BenefitsBot.Domain.Tests.Rules;

public sealed class RenewalScheduleTests
{
    [Fact]
    public void For_CompetencyAnniversaryInTheCovidRange_WindowCountedFromTheExtendedAnniversary()
    {
        var schedule = RenewalSchedule.For(new DateOnly(2020, 9, 15), isCompetency: true);

        Assert.Equal(new DateOnly(2021, 9, 15), schedule.CovidExtendedThrough);
        Assert.Equal(new DateWindow(new DateOnly(2021, 9, 16), new DateOnly(2021, 10, 15)), schedule.Window);
        Assert.Equal(new DateOnly(2021, 10, 15), schedule.GracePeriodEnd);
        Assert.Equal(new DateOnly(2022, 9, 15), schedule.NextAnniversary);
    }

    [Fact]
    public void For_ActionPackInTheCovidRange_NoExtension()
    {
        var schedule = RenewalSchedule.For(new DateOnly(2020, 9, 15), isCompetency: false);

        Assert.Null(schedule.CovidExtendedThrough);
        Assert.Equal(new DateOnly(2020, 9, 16), schedule.Window.Start);
    }

    [Theory]
    [InlineData("2026-03-01", RenewalPhase.Upcoming, 14)]
    [InlineData("2026-03-15", RenewalPhase.Open, 29)]
    [InlineData("2026-04-13", RenewalPhase.Open, 0)]
    [InlineData("2026-04-20", RenewalPhase.Missed, 7)]
    public void PhaseOn_DaysAroundTheWindow_PhaseAndDays(string day, RenewalPhase phase, int days)
    {
        var schedule = RenewalSchedule.For(new DateOnly(2026, 3, 14), isCompetency: false);
        var on = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(phase, schedule.PhaseOn(on));
        Assert.Equal(days, schedule.DaysOn(on));
    }
}
