using BenefitsBot.Domain.Rules;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Renewal;

/// <summary>Where an offer stands on <see cref="Today"/>: its <see cref="RenewalSchedule"/> (every date from the domain rules) read on that day.</summary>
public sealed record RenewalStatus(MembershipOffer Offer, DateOnly Today, RenewalSchedule Schedule)
{
    public static RenewalStatus Of(MembershipOffer offer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new RenewalStatus(offer, today, RenewalSchedule.For(offer.Anniversary, offer.Kind.IsCompetency()));
    }

    public DateOnly Anniversary => Schedule.Anniversary;

    public DateOnly? CovidExtendedThrough => Schedule.CovidExtendedThrough;

    public DateWindow Window => Schedule.Window;

    public DateOnly GracePeriodEnd => Schedule.GracePeriodEnd;

    public DateOnly EffectiveAnniversary => Schedule.EffectiveAnniversary;

    public DateOnly NextAnniversary => Schedule.NextAnniversary;

    public RenewalPhase Phase => Schedule.PhaseOn(Today);

    public int Days => Schedule.DaysOn(Today);

    public bool IsCompetencyOffer => Offer.Kind.IsCompetency();
}
