using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Nudges;

/// <summary>Which anniversary of a membership offer the nudges are about now.</summary>
public static class RenewalCycle
{
    /// <summary>A renewal recorded this long before an anniversary (or later) counts for that anniversary's cycle.</summary>
    private const int EarliestRenewalDays = 90;

    /// <summary>
    /// The stored anniversary, or the next one when the renewal of the stored one is already recorded (an admin may record the
    /// renewal without moving the anniversary). Null when the offer is cancelled or lapsed: nothing to remind of.
    /// </summary>
    public static DateOnly? CurrentAnniversary(MembershipOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (offer.Status != MembershipOfferStatus.Active)
        {
            return null;
        }

        return IsRenewed(offer, offer.Anniversary) ? offer.Anniversary.AddYears(1) : offer.Anniversary;
    }

    /// <summary>True when the recorded renewal belongs to the cycle ending at <paramref name="anniversary"/>.</summary>
    public static bool IsRenewed(MembershipOffer offer, DateOnly anniversary)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return offer.RenewedAt is { } renewed && renewed >= anniversary.AddDays(-EarliestRenewalDays);
    }
}
