using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;
using CardAction = BenefitsBot.Bot.Actions.CardAction;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>The steps that change data: confirm (redeem), the Go-To-Market contact, and leaving on a wrong tenant.</summary>
public sealed partial class RedemptionDialog
{
    private async Task<CardActionResult> ConfirmAsync(RedemptionTurn turn, IBenefitRedeemer redeemer, CancellationToken cancellationToken)
    {
        var outcome = await redeemer.ConfirmAsync(turn, cancellationToken);
        if (outcome.Again is { } again)
        {
            return CardActionResult.Show(again);
        }

        // Closing the dialog at the version this card carried claims the press: a replay or a second instance fails here.
        await EndAsync(turn.Action, turn.Step, cancellationToken);
        var action = RedemptionVerbs.Dialog + "." + redeemer.Kind;
        RedemptionReceipt receipt;
        try
        {
            receipt = await outcome.Apply!(cancellationToken);
        }
        catch (ConcurrencyConflictException conflict)
        {
            await audit.FailedAsync(turn.User, action, turn.BenefitId, conflict.Message, cancellationToken);
            return Finished(turn.Language, RedemptionTexts.Get("ChangedMeanwhileTitle", turn.Language), RedemptionTexts.Get("ChangedMeanwhile", turn.Language), ContainerStyle.Warning);
        }

        var now = time.GetUtcNow();
        await records.InsertAsync(turn.TenantId, new Storage.Tenants.Redemption(Guid.NewGuid().ToString("N"), redeemer.Kind, turn.BenefitId, turn.User.ObjectId, now, receipt.Status, receipt.Detail), cancellationToken);
        await audit.SucceededAsync(turn.User, action, turn.BenefitId, receipt.Detail, cancellationToken);
        return Finished(turn.Language, RedemptionTexts.Get("DoneTitle", turn.Language), receipt.Summary, ContainerStyle.Good);
    }

    private async Task<CardActionResult> SaveContactAsync(RedemptionTurn turn, GoToMarketRedeemer goToMarket, CancellationToken cancellationToken)
    {
        if (await goToMarket.SaveContactAsync(turn, cancellationToken) is { } error)
        {
            return CardActionResult.Show((await goToMarket.StepCardAsync(turn, error, cancellationToken))!);
        }

        await audit.SucceededAsync(turn.User, RedemptionVerbs.SaveContact, MarketingContact.SingleId, turn.Input(GoToMarketRedeemer.ContactEmailId), cancellationToken);
        var step = await AdvanceAsync(turn.Action, turn.Step, turn.Step.Step, turn.Step.State, cancellationToken);
        var card = await goToMarket.StepCardAsync(new RedemptionTurn(turn.Action with { Data = default }, step), null, cancellationToken);
        return CardActionResult.Show(card!);
    }

    private async Task<CardActionResult> WrongTenantAsync(CardAction action, DialogStep<RedemptionState> open, CancellationToken cancellationToken)
    {
        await EndAsync(action, open, cancellationToken);
        var language = action.User.Language;
        return Finished(language, RedemptionTexts.Get("WrongTenantTitle", language), RedemptionTexts.Format("WrongTenant", language, DialogData.Text(action, CloudSubscriptionRedeemer.TenantDataKey) ?? "?"), ContainerStyle.Warning);
    }

    /// <summary>The closing card: what happened, and a button to redeem something else (a new dialog).</summary>
    private static CardActionResult Finished(string language, string title, string text, ContainerStyle style) =>
        CardActionResult.Show(DialogCard.Create(
            language,
            title,
            [DialogCard.Paragraph(text, style)],
            [DialogButton.Create(RedemptionVerbs.Start, RedemptionTexts.Get("RedeemAnother", language), language, 0, new JsonObject(), sendsInputs: false)]));
}
