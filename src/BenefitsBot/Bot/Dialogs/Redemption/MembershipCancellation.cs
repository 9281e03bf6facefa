using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>
/// Cancelling a membership offer: the rules' refund verdict (within 30 days of purchase, and only while none of the offer's
/// software benefits were activated) decides whether the cancellation is recorded as refunded.
/// </summary>
public sealed class MembershipCancellation(ITenantRecordStore records, BenefitRules rules) : IBenefitRedeemer
{
    public string Kind => MembershipOffer.RecordKind;

    public IReadOnlyCollection<AdminRole> Roles => RedemptionRoles.CancelMembership;

    public async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken) =>
        [.. (await records.ListAsync<MembershipOffer>(tenantId, cancellationToken)).Select(o => o.Value).Where(o => o.Status == MembershipOfferStatus.Active)
            .Select(o => new RedeemableBenefit(Kind, o.OfferId, RedemptionTexts.Format("CancelTitle", language, OfferName(o, language), o.PurchaseDate.ToString("d", UserLanguage.Culture(language))), o.OfferId))];

    public async Task<AdaptiveCard?> StepCardAsync(RedemptionTurn turn, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await records.FindAsync<MembershipOffer>(turn.TenantId, turn.BenefitId, cancellationToken) is not { Value.Status: MembershipOfferStatus.Active } found)
        {
            return null;
        }

        var language = turn.Language;
        var refund = await RefundAsync(turn, found.Value, cancellationToken);
        CardElement[] body =
        [
            DialogCard.Facts(
                (RedemptionTexts.Get("FactPurchased", language), found.Value.PurchaseDate.ToString("d", UserLanguage.Culture(language))),
                (RedemptionTexts.Get("FactRefund", language), RedemptionTexts.Get(refund.Eligible == true ? "RefundYes" : "RefundNo", language))),
            DialogCard.Paragraph(RuleNotes.Text(refund, language), refund.Eligible == true ? ContainerStyle.Emphasis : ContainerStyle.Warning),
        ];
        var confirm = DialogButton.Create(RedemptionVerbs.Confirm, RedemptionTexts.Get("RecordCancellation", language), language, turn.Step.Version, style: ActionStyle.Destructive);
        return BenefitStepCard.Create(turn, RedemptionTexts.Format("CancelStepTitle", language, OfferName(found.Value, language)), body, problem, confirm);
    }

    public async Task<RedemptionOutcome> ConfirmAsync(RedemptionTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        if (await records.FindAsync<MembershipOffer>(turn.TenantId, turn.BenefitId, cancellationToken) is not { Value.Status: MembershipOfferStatus.Active } found)
        {
            return RedemptionOutcome.Gone(language);
        }

        var refund = await RefundAsync(turn, found.Value, cancellationToken);
        var refunded = refund.Eligible == true;
        return RedemptionOutcome.Redeem(async ct =>
        {
            await records.UpdateAsync(turn.TenantId, found.Value with { Status = MembershipOfferStatus.Cancelled }, found.Version, ct);
            return new RedemptionReceipt(
                RedemptionTexts.Format(refunded ? "CancelDoneRefund" : "CancelDoneNoRefund", language, OfferName(found.Value, language)) + " " + RuleNotes.Text(refund, language),
                $"{found.Value.Kind} {found.Value.OfferId} bought {found.Value.PurchaseDate:yyyy-MM-dd}; refund {(refunded ? "eligible" : "not eligible")}",
                refunded ? RedemptionStatus.Refunded : RedemptionStatus.Cancelled);
        });
    }

    /// <summary>The refund verdict as of the admin's today, with "software benefits activated" read from the offer's keys.</summary>
    private async Task<RuleVerdict> RefundAsync(RedemptionTurn turn, MembershipOffer offer, CancellationToken cancellationToken)
    {
        var keys = await records.ListAsync<SoftwareKey>(turn.TenantId, cancellationToken);
        var subscriptions = await records.ListAsync<CloudSubscription>(turn.TenantId, cancellationToken);
        var activated = keys.Any(k => k.Value.MembershipOfferId == offer.OfferId && k.Value.RedeemedAt is not null)
            || subscriptions.Any(s => s.Value.MembershipOfferId == offer.OfferId && s.Value.KeyRedeemedAt is not null);
        return RuleNotes.Verdict(rules, RuleKind.RefundDeadline, offer.PurchaseDate, DateRole.Purchase, turn.User.Today, activated);
    }

    private static string OfferName(MembershipOffer offer, string language) =>
        RedemptionTexts.Get("Offer_" + offer.Kind, language) + (offer.CompetencyArea is { } area ? " · " + area : string.Empty);
}
