namespace BenefitsBot.Domain.Rules;

/// <summary>
/// The renewal dates of one membership offer from its stored anniversary: the COVID extension (competencies only), the window and
/// grace period counted from the effective anniversary, and the anniversary after a renewal. Answers, dialogs and nudges all read
/// these dates here, so a competency extended through 2021 is treated the same everywhere.
/// </summary>
/// <param name="Anniversary">The stored anniversary (expiry) date.</param>
/// <param name="CovidExtendedThrough">The next anniversary a COVID-range competency was extended through, else null.</param>
/// <param name="Window">The 30-day renewal window after the effective anniversary.</param>
/// <param name="GracePeriodEnd">Last day to reactivate by paying.</param>
public sealed record RenewalSchedule(DateOnly Anniversary, DateOnly? CovidExtendedThrough, DateWindow Window, DateOnly GracePeriodEnd)
{
    /// <param name="anniversary">The offer's anniversary (expiry) date.</param>
    /// <param name="isCompetency">Silver or Gold competency: the COVID extension applied to competencies only.</param>
    public static RenewalSchedule For(DateOnly anniversary, bool isCompetency)
    {
        var covid = isCompetency ? BenefitRules.CovidExtendedThrough(anniversary) : null;
        var effective = covid ?? anniversary;
        return new RenewalSchedule(anniversary, covid, BenefitRules.RenewalWindowFromAnniversary(effective), BenefitRules.GracePeriodEnd(effective));
    }

    /// <summary>The anniversary the window is counted from (the COVID-extended one when it applies).</summary>
    public DateOnly EffectiveAnniversary => CovidExtendedThrough ?? Anniversary;

    /// <summary>The anniversary after a renewal recorded in this cycle.</summary>
    public DateOnly NextAnniversary => EffectiveAnniversary.AddYears(1);

    public RenewalPhase PhaseOn(DateOnly day) =>
        day < Window.Start ? RenewalPhase.Upcoming : day <= GracePeriodEnd ? RenewalPhase.Open : RenewalPhase.Missed;

    /// <summary>Days until the window opens (upcoming), days left in it (open), or days since the grace period ended (missed).</summary>
    public int DaysOn(DateOnly day) => PhaseOn(day) switch
    {
        RenewalPhase.Upcoming => Window.Start.DayNumber - day.DayNumber,
        RenewalPhase.Open => Window.End.DayNumber - day.DayNumber,
        _ => day.DayNumber - GracePeriodEnd.DayNumber,
    };
}
