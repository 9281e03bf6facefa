using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Access;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>Every press after the first: role gate, version check, then the step (pick, back, contact, wrong tenant, confirm).</summary>
public sealed partial class RedemptionDialog
{
    private async Task<CardActionResult> ContinueAsync(CardAction action, CancellationToken cancellationToken)
    {
        var user = action.User;
        var conversation = DialogSessions.ConversationOf(action.Activity);
        var open = await sessions.FindAsync(user, conversation, RedemptionState.DialogId, RedemptionJsonContext.Default.RedemptionState, cancellationToken);
        var kind = action.Verb == RedemptionVerbs.Pick ? DialogData.Text(action, "kind") : open?.State.Kind;
        var redeemer = kind is not null && byKind.TryGetValue(kind, out var found) ? found : null;
        if (await gate.DenyAsync(action, redeemer?.Roles ?? RedemptionRoles.Any, RedemptionVerbs.Dialog, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (open is null || DialogData.StateVersionOf(action) != open.Version)
        {
            var current = open is null ? null : await CurrentCardAsync(action, open, cancellationToken);
            return CardActionResult.Show(StaleCard.Create(user.Language, current, Command(user.Language)));
        }

        return action.Verb switch
        {
            RedemptionVerbs.Pick => await PickAsync(action, open, redeemer, cancellationToken),
            RedemptionVerbs.Back => await BackToListAsync(action, open, null, cancellationToken),
            RedemptionVerbs.Confirm when redeemer is not null => await ConfirmAsync(new RedemptionTurn(action, open), redeemer, cancellationToken),
            RedemptionVerbs.SaveContact when redeemer is GoToMarketRedeemer goToMarket => await SaveContactAsync(new RedemptionTurn(action, open), goToMarket, cancellationToken),
            RedemptionVerbs.WrongTenant when redeemer is CloudSubscriptionRedeemer => await WrongTenantAsync(action, open, cancellationToken),
            _ => CardActionResult.Refuse(BotTexts.Get("UnknownAction", user.Language)),
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
        var step = await sessions.AdvanceAsync(action.User, DialogSessions.ConversationOf(action.Activity), open, RedemptionState.BenefitStep, state, RedemptionJsonContext.Default.RedemptionState, cancellationToken);
        var card = await redeemer.StepCardAsync(new RedemptionTurn(action, step), null, cancellationToken);
        return card is null
            ? await BackToListAsync(action, step, RedemptionTexts.Get("BenefitGone", action.User.Language), cancellationToken)
            : CardActionResult.Show(card);
    }

    private async Task<CardActionResult> BackToListAsync(CardAction action, DialogStep<RedemptionState> open, string? notice, CancellationToken cancellationToken)
    {
        var state = new RedemptionState(open.State.OfferId);
        var step = await sessions.AdvanceAsync(action.User, DialogSessions.ConversationOf(action.Activity), open, RedemptionState.ListStep, state, RedemptionJsonContext.Default.RedemptionState, cancellationToken);
        var benefits = await ListAsync(action.User, state.OfferId, cancellationToken);
        return CardActionResult.Show(RedemptionListCard.Create(action.User.Language, benefits, step.Version, notice));
    }

    /// <summary>The card of the step the dialog is at now (for the stale-card answer).</summary>
    private async Task<AdaptiveCard?> CurrentCardAsync(CardAction action, DialogStep<RedemptionState> open, CancellationToken cancellationToken)
    {
        if (open.Step == RedemptionState.BenefitStep && open.State.Kind is { } kind && byKind.TryGetValue(kind, out var redeemer))
        {
            var fresh = action with { Data = default };
            return await redeemer.StepCardAsync(new RedemptionTurn(fresh, open), null, cancellationToken);
        }

        return RedemptionListCard.Create(action.User.Language, await ListAsync(action.User, open.State.OfferId, cancellationToken), open.Version);
    }
}
