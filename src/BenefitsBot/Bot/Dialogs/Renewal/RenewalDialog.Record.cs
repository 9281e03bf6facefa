using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Renewal;

public sealed partial class RenewalDialog
{
    private async Task<CardActionResult> RecordAsync(CardAction action, DialogStep<RenewalState> current, CancellationToken cancellationToken)
    {
        var language = action.User.Language;
        var chosen = current.State.Chosen!;
        var status = RenewalStatus.Of(chosen.Offer, action.User.Today);
        var ticked = new RenewalChecklist(
            DialogData.Flag(action, RenewalChecklist.ProfileReviewedInput),
            DialogData.Flag(action, RenewalChecklist.RequirementsMetInput),
            DialogData.Flag(action, RenewalChecklist.FeePaidInput));
        var error = status.Phase switch
        {
            RenewalPhase.Upcoming => DialogTexts.Format("WindowNotOpen", language, DialogTexts.Date(status.Window.Start, language)),
            RenewalPhase.Missed => DialogTexts.Get("MissedWindow", language),
            _ => ticked.IsComplete(status.IsCompetencyOffer) ? null : DialogTexts.Get("ChecklistIncomplete", language),
        };
        if (error is not null)
        {
            return CardActionResult.Show(RenewalCards.Status(status, language, current.Version, ticked, error));
        }

        // Claim the step first: of two presses (a replay, a second instance) only one gets past here.
        await EndAsync(action, current, cancellationToken);
        var renewed = chosen.Offer with { Anniversary = status.NextAnniversary, RenewedAt = action.User.Today, Status = MembershipOfferStatus.Active };
        await records.UpdateAsync(action.User.TenantId, renewed, chosen.Version, cancellationToken);
        await audit.SucceededAsync(action.User, RenewalVerbs.Record, chosen.Offer.OfferId, $"anniversary {status.Anniversary:yyyy-MM-dd} -> {status.NextAnniversary:yyyy-MM-dd}", cancellationToken);
        return CardActionResult.Show(RenewalCards.Renewed(status, action.User.Today, language));
    }

    private async Task<CardActionResult> LapseAsync(CardAction action, DialogStep<RenewalState> current, CancellationToken cancellationToken)
    {
        var chosen = current.State.Chosen!;
        var status = RenewalStatus.Of(chosen.Offer, action.User.Today);
        if (status.Phase != RenewalPhase.Missed)
        {
            return await StaleAsync(action, current, cancellationToken);
        }

        await EndAsync(action, current, cancellationToken);
        await records.UpdateAsync(action.User.TenantId, chosen.Offer with { Status = MembershipOfferStatus.Lapsed }, chosen.Version, cancellationToken);
        await audit.SucceededAsync(action.User, RenewalVerbs.Lapse, chosen.Offer.OfferId, $"grace period ended {status.GracePeriodEnd:yyyy-MM-dd}", cancellationToken);
        return CardActionResult.Show(RenewalCards.Lapsed(status, action.User.Language));
    }
}
