using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Nudges;

/// <summary>What a nudge card shows, looked up in the tenant's data when it is sent (so it reflects the data of that day).</summary>
/// <param name="NotActivatedCount">Benefits of the offer not activated yet (activation nudges).</param>
/// <param name="AssignedBenefitKey">The NudgeTexts key naming the employee's benefit (assignment nudges).</param>
public sealed record NudgeContent(PlannedNudge Nudge, MembershipOffer? Offer, int NotActivatedCount, string? AssignedBenefitKey)
{
    public static NudgeContent For(PlannedNudge nudge, TenantNudgeData data)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        ArgumentNullException.ThrowIfNull(data);
        var offerId = nudge.OfferId;
        var notActivated = data.SoftwareKeys.Count(k => k.MembershipOfferId == offerId && k.RedeemedAt is null)
            + data.CloudSubscriptions.Count(s => s.MembershipOfferId == offerId && s.KeyRedeemedAt is null)
            + data.TechnicalBenefits.Count(b => b.MembershipOfferId == offerId && b.ActivatedAt is null)
            + data.GoToMarketOffers.Count(g => g.MembershipOfferId == offerId && g.ActivatedAt is null)
            + data.VisualStudioSubscriptions.Count(s => s.MembershipOfferId == offerId && s.AssigneeObjectId is null);
        var subscription = nudge.SubjectId.Split(':')[0];
        var benefit = data.VisualStudioSubscriptions.Any(s => s.SubscriptionId == subscription) ? "Benefit_VisualStudio" : "Benefit_AzureCredit";
        return new NudgeContent(nudge, data.Offers.FirstOrDefault(o => o.OfferId == offerId), notActivated, nudge.IsPersonal ? benefit : null);
    }
}
