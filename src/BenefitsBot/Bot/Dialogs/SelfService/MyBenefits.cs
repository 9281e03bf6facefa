using BenefitsBot.Bot.Dialogs.Renewal;
using BenefitsBot.Domain.Rules;
using AzureCredit = BenefitsBot.Storage.Tenants.AzureCredit;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.SelfService;

/// <summary>One user's benefits from the inventory, with the dates the rules give for them.</summary>
public sealed record MyBenefits(IReadOnlyList<MyVisualStudio> VisualStudio, IReadOnlyList<MyAzureCredit> AzureCredits)
{
    public bool IsEmpty => VisualStudio.Count == 0 && AzureCredits.Count == 0;

    public static MyBenefits For(string objectId, IEnumerable<VisualStudioSubscription> subscriptions, IEnumerable<AzureCredit> credits, IEnumerable<MembershipOffer> offers, DateOnly today)
    {
        var byId = offers.ToDictionary(o => o.OfferId);
        MembershipOffer? OfferOf(string? id) => id is not null && byId.TryGetValue(id, out var offer) ? offer : null;
        return new MyBenefits(
            [.. subscriptions.Where(s => s.AssigneeObjectId == objectId).Select(s => MyVisualStudio.Of(s, OfferOf(s.MembershipOfferId), today))],
            [.. credits.Where(c => c.UserObjectIds.Contains(objectId)).Select(c => new MyAzureCredit(c, OfferOf(c.MembershipOfferId)))]);
    }
}

/// <param name="RenewalDate">The membership anniversary the subscription runs to (COVID-extended when that applies); null without a recorded offer.</param>
/// <param name="UsableUntil">Without a renewal, user-assigned benefits stay usable until 30 days after it (the rules).</param>
public sealed record MyVisualStudio(VisualStudioSubscription Subscription, MembershipOffer? Offer, DateOnly? RenewalDate, DateOnly? UsableUntil)
{
    public static MyVisualStudio Of(VisualStudioSubscription subscription, MembershipOffer? offer, DateOnly today)
    {
        var renewal = offer is null ? (DateOnly?)null : RenewalStatus.Of(offer, today).EffectiveAnniversary;
        return new MyVisualStudio(subscription, offer, renewal, renewal is { } r ? BenefitRules.UserAssignedBenefitsUsableUntil(r) : null);
    }
}

public sealed record MyAzureCredit(AzureCredit Credit, MembershipOffer? Offer);
