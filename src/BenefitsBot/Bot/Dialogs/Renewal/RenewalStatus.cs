using BenefitsBot.Domain.Rules;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Renewal;

/// <summary>
/// Where an offer stands on <see cref="Today"/>, with every date from <see cref="BenefitRules"/>. A competency whose anniversary
/// fell in the COVID range was extended through the next anniversary, so its window is counted from that one.
/// </summary>
public sealed record RenewalStatus(MembershipOffer Offer, DateOnly Today, DateOnly Anniversary, DateOnly? CovidExtendedThrough, DateWindow Window, DateOnly GracePeriodEnd)
{
    public static RenewalStatus Of(MembershipOffer offer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var covid = IsCompetency(offer.Kind) ? BenefitRules.CovidExtendedThrough(offer.Anniversary) : null;
        var effective = covid ?? offer.Anniversary;
        return new RenewalStatus(offer, today, offer.Anniversary, covid, BenefitRules.RenewalWindowFromAnniversary(effective), BenefitRules.GracePeriodEnd(effective));
    }

    /// <summary>The anniversary the window is counted from (the COVID-extended one when it applies).</summary>
    public DateOnly EffectiveAnniversary => CovidExtendedThrough ?? Anniversary;

    public RenewalPhase Phase =>
        Today < Window.Start ? RenewalPhase.Upcoming : Today <= GracePeriodEnd ? RenewalPhase.Open : RenewalPhase.Missed;

    /// <summary>Days until the window opens (upcoming), days left in it (open), or days since the grace period ended (missed).</summary>
    public int Days => Phase switch
    {
        RenewalPhase.Upcoming => Window.Start.DayNumber - Today.DayNumber,
        RenewalPhase.Open => Window.End.DayNumber - Today.DayNumber,
        _ => Today.DayNumber - GracePeriodEnd.DayNumber,
    };

    /// <summary>The anniversary after a renewal recorded now.</summary>
    public DateOnly NextAnniversary => EffectiveAnniversary.AddYears(1);

    public bool IsCompetencyOffer => IsCompetency(Offer.Kind);

    private static bool IsCompetency(MembershipOfferKind kind) => kind is MembershipOfferKind.SilverCompetency or MembershipOfferKind.GoldCompetency;
}
