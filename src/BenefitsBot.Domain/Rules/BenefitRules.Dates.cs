namespace BenefitsBot.Domain.Rules;

public sealed partial class BenefitRules
{
    /// <summary>Anniversaries counted from 1 July to 31 December 2020 (both inclusive) got the COVID extension.</summary>
    public static readonly DateWindow CovidRange = new(new DateOnly(2020, 7, 1), new DateOnly(2020, 12, 31));

    /// <summary>
    /// The anniversary of a purchase: the same day one year later. The dev set fixes that it is always the first anniversary
    /// (bought 2025-03-14 → window 2026-03-15, even when asked in November 2026), not the next one from today.
    /// Leap day (decided): a purchase on 29 February has its anniversary on 28 February in a non-leap year, as
    /// <see cref="DateOnly.AddYears"/> does; the earlier day is the safe one to tell a user about a deadline, and it keeps the anniversary in February.
    /// </summary>
    public static DateOnly FirstAnniversary(DateOnly purchase) => purchase.AddYears(1);

    /// <summary>Renewal window for a purchase: opens on the anniversary plus one day and lasts 30 days (end inclusive = anniversary + 30).</summary>
    public static DateWindow RenewalWindow(DateOnly purchase) => RenewalWindowFromAnniversary(FirstAnniversary(purchase));

    /// <summary>Renewal window when the anniversary itself is known.</summary>
    public static DateWindow RenewalWindowFromAnniversary(DateOnly anniversary) => new(anniversary.AddDays(1), anniversary.AddDays(30));

    /// <summary>Last day to reactivate by paying on the Membership offers page: 30 days after the anniversary (expiry) date. Afterwards only a support ticket (COVID override).</summary>
    public static DateOnly GracePeriodEnd(DateOnly anniversary) => anniversary.AddDays(30);

    /// <summary>A product key can be used for one year from redemption: until the same day a year later (29 February → 28 February, see <see cref="FirstAnniversary"/>).</summary>
    public static DateOnly KeyUsableUntil(DateOnly redemption) => redemption.AddYears(1);

    /// <summary>Benefits needing user assignment (Visual Studio) can be activated and used 30 more days after the enrollment renewal date.</summary>
    public static DateOnly UserAssignedBenefitsUsableUntil(DateOnly enrollmentRenewal) => enrollmentRenewal.AddDays(30);

    /// <summary>A Visual Studio subscription may be reassigned once 90 days have passed since the original assignment: from assignment + 90 days.</summary>
    public static DateOnly VisualStudioReassignableFrom(DateOnly originalAssignment) => originalAssignment.AddDays(90);

    /// <summary>A replacement token (wrong tenant, or seats added instead of extending) is issued once only, within 30 days of activating the original: last day = activation + 30.</summary>
    public static DateOnly ReplacementTokenDeadline(DateOnly activation) => activation.AddDays(30);

    /// <summary>Cancellation with refund must be requested within 30 days of purchase (last day = purchase + 30) and only without activated software benefits.</summary>
    public static DateOnly RefundDeadline(DateOnly purchase) => purchase.AddDays(30);

    /// <summary>
    /// Competencies with an anniversary from 2020-07-01 to 2020-12-31 (both ends inclusive) were extended through the next anniversary,
    /// the same day in 2021; null when the anniversary is outside the range. No leap-day case arises: 29 February is outside the range.
    /// </summary>
    public static DateOnly? CovidExtendedThrough(DateOnly anniversary) =>
        CovidRange.Contains(anniversary) ? anniversary.AddYears(1) : null;
}
