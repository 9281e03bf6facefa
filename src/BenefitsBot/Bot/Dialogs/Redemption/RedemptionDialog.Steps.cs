using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>Every press after the first (the pipeline has checked role and version): pick, back, contact, wrong tenant, confirm.</summary>
public sealed partial class RedemptionDialog
{
    protected override async Task<CardActionResult> ContinueAsync(CardAction action, DialogStep<RedemptionState> current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var redeemer = RedeemerOf(action, current);
        return action.Verb switch
        {
            RedemptionVerbs.Pick => await PickAsync(action, current, redeemer, cancellationToken),
            RedemptionVerbs.Back => await BackToListAsync(action, current, null, cancellationToken),
            RedemptionVerbs.Confirm when redeemer is not null => await ConfirmAsync(new RedemptionTurn(action, current), redeemer, cancellationToken),
            RedemptionVerbs.SaveContact when redeemer is GoToMarketRedeemer goToMarket => await SaveContactAsync(new RedemptionTurn(action, current), goToMarket, cancellationToken),
            RedemptionVerbs.WrongTenant when redeemer is CloudSubscriptionRedeemer => await WrongTenantAsync(action, current, cancellationToken),
            _ => CardActionResult.Refuse(BotTexts.Get("UnknownAction", action.User.Language)),
        };
    }

    private async Task<CardActionResult> PickAsync(CardAction action, DialogStep<RedemptionState> open, IBenefitRedeemer? redeemer, CancellationToken cancellationToken)
    {
        var id = DialogData.Text(action, "id");
        if (redeemer is null || id is null)
        {
            return await BackToListAsync(action, open, RedemptionTexts.Get("BenefitGone", action.User.Language), cancellationToken);
        }

        var state = open.State with { Kind = redeemer.Kind, BenefitId = id };
        var step = await AdvanceAsync(action, open, RedemptionState.BenefitStep, state, cancellationToken);
        var card = await redeemer.StepCardAsync(new RedemptionTurn(action, step), null, cancellationToken);
        return card is null
            ? await BackToListAsync(action, step, RedemptionTexts.Get("BenefitGone", action.User.Language), cancellationToken)
            : CardActionResult.Show(card);
    }

    private async Task<CardActionResult> BackToListAsync(CardAction action, DialogStep<RedemptionState> open, string? notice, CancellationToken cancellationToken)
    {
        var state = new RedemptionState(open.State.OfferId);
        var step = await AdvanceAsync(action, open, RedemptionState.ListStep, state, cancellationToken);
        var benefits = await ListAsync(action.User, state.OfferId, cancellationToken);
        return CardActionResult.Show(RedemptionListCard.Create(action.User.Language, benefits, step.Version, notice));
    }

    /// <summary>The card of the step the dialog is at now (for the stale-card answer).</summary>
    protected override async Task<AdaptiveCard?> RenderAsync(CardAction action, DialogStep<RedemptionState> current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(current);
        if (current.Step == RedemptionState.BenefitStep && current.State.Kind is { } kind && byKind.TryGetValue(kind, out var redeemer))
        {
            return await redeemer.StepCardAsync(new RedemptionTurn(action, current), null, cancellationToken);
        }

        return RedemptionListCard.Create(action.User.Language, await ListAsync(action.User, current.State.OfferId, cancellationToken), current.Version);
    }
}
