using System.Text.Json.Nodes;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>
/// License-based cloud subscriptions: the key redeems once, into one tenant. Before redeeming, the card shows the tenant's
/// name and default domain as Graph reports them and the admin must confirm it is the right tenant (the FAQ's wrong-tenant
/// mistake), and choose to extend or add seats (adding seats gives less than 12 months).
/// </summary>
public sealed class CloudSubscriptionRedeemer(ITenantRecordStore records, ITenantDirectory directory, TimeProvider time) : IBenefitRedeemer
{
    public const string ModeId = "mode";
    public const string ConfirmTenantId = "tenantConfirmed";
    public const string TenantDataKey = "tenant";
    public const string Extend = "extend";
    public const string AddSeats = "addSeats";

    public string Kind => CloudSubscription.RecordKind;

    public IReadOnlyCollection<AdminRole> Roles => RedemptionRoles.Activate;

    public async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken) =>
        [.. (await records.ListAsync<CloudSubscription>(tenantId, cancellationToken)).Select(s => s.Value).Where(s => s.KeyRedeemedAt is null)
            .Select(s => new RedeemableBenefit(Kind, s.SubscriptionId, RedemptionTexts.Format("CloudTitle", language, s.Product, s.Seats), s.MembershipOfferId))];

    public async Task<AdaptiveCard?> StepCardAsync(RedemptionTurn turn, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await records.FindAsync<CloudSubscription>(turn.TenantId, turn.BenefitId, cancellationToken) is not { } found)
        {
            return null;
        }

        var subscription = found.Value;
        var language = turn.Language;
        if (subscription.KeyRedeemedAt is not null)
        {
            return BenefitStepCard.Create(turn, subscription.Product, [DialogCard.Paragraph(LicensePolicy.CanRedeemKey(alreadyRedeemed: true).Explain(language), ContainerStyle.Warning)], problem, confirm: null);
        }

        var tenant = await directory.GetTenantAsync(turn.TenantId, cancellationToken);
        var shown = Describe(tenant);
        CardElement[] body =
        [
            DialogCard.Facts((RedemptionTexts.Get("FactProduct", language), subscription.Product), (RedemptionTexts.Get("FactSeats", language), subscription.Seats.ToString(UserLanguage.Culture(language)))),
            DialogCard.Paragraph(RedemptionTexts.Format("TenantShown", language, tenant.DisplayName, tenant.DefaultDomain ?? "-", tenant.Id), ContainerStyle.Emphasis),
            new ChoiceSetInput(ModeId)
            {
                Label = RedemptionTexts.Get("ModeLabel", language),
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = RedemptionTexts.Get("ModeMissing", language),
                Choices = [new Choice(RedemptionTexts.Get("ModeExtend", language), Extend), new Choice(RedemptionTexts.Get("ModeAddSeats", language), AddSeats)],
                Value = turn.Input(ModeId),
            },
            DialogCard.Paragraph(LicensePolicy.GivesFullTwelveMonths(KeyRedemption.AddSeats).Explain(language) + " " + LicensePolicy.CanRedeemKey(alreadyRedeemed: false).Explain(language), ContainerStyle.Warning),
            new ToggleInput(ConfirmTenantId, RedemptionTexts.Format("ConfirmTenant", language, shown)) { ValueOn = "true", ValueOff = "false", Value = "false", Wrap = true },
        ];
        var wrongTenant = DialogButton.Create(RedemptionVerbs.WrongTenant, RedemptionTexts.Get("NotThisTenant", language), language, turn.Step.Version, new JsonObject { [TenantDataKey] = shown }, sendsInputs: false);
        return BenefitStepCard.Create(turn, subscription.Product, body, problem, BenefitStepCard.Confirm(turn, "RedeemKey"), wrongTenant);
    }

    public async Task<RedemptionOutcome> ConfirmAsync(RedemptionTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        if (await records.FindAsync<CloudSubscription>(turn.TenantId, turn.BenefitId, cancellationToken) is not { } found)
        {
            return RedemptionOutcome.Gone(language);
        }

        var redeemOnce = LicensePolicy.CanRedeemKey(alreadyRedeemed: found.Value.KeyRedeemedAt is not null);
        var mode = turn.Input(ModeId) switch { Extend => KeyRedemption.ExtendEndDate, AddSeats => KeyRedemption.AddSeats, _ => (KeyRedemption?)null };
        var error = !redeemOnce.Allowed ? redeemOnce.Explain(language)
            : mode is null ? RedemptionTexts.Get("ModeMissing", language)
            : !DialogData.Flag(turn.Action, ConfirmTenantId) ? RedemptionTexts.Get("ConfirmTenantFirst", language)
            : null;
        if (error is not null)
        {
            return RedemptionOutcome.ShowAgain((await StepCardAsync(turn, error, cancellationToken))!);
        }

        // Read the tenant again: the receipt and the audit name the tenant the key went into, as Graph reports it now.
        var tenant = await directory.GetTenantAsync(turn.TenantId, cancellationToken);
        var term = LicensePolicy.GivesFullTwelveMonths(mode!.Value);
        return RedemptionOutcome.Redeem(async ct =>
        {
            await records.UpdateAsync(turn.TenantId, found.Value with { KeyRedeemedAt = time.GetUtcNow() }, found.Version, ct);
            var summary = RedemptionTexts.Format(mode == KeyRedemption.ExtendEndDate ? "CloudDoneExtend" : "CloudDoneSeats", language, found.Value.Product, Describe(tenant));
            return new RedemptionReceipt(
                term.Allowed ? summary : summary + " " + term.Explain(language),
                $"{found.Value.Product} into tenant {tenant.Id} {Describe(tenant)}; {mode}");
        });
    }

    private static string Describe(TenantDetails tenant) => $"{tenant.DisplayName} ({tenant.DefaultDomain ?? tenant.Id})";
}
