using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>Technical benefits: activation (Global admin or MPN partner admin) records the Access ID and Contract ID.</summary>
public sealed class TechnicalBenefitRedeemer(ITenantRecordStore records, TimeProvider time) : IBenefitRedeemer
{
    public const string AccessIdInput = "accessId";
    public const string ContractIdInput = "contractId";

    public string Kind => TechnicalBenefit.RecordKind;

    public IReadOnlyCollection<AdminRole> Roles => RedemptionRoles.ActivateTechnical;

    public async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken) =>
        [.. (await records.ListAsync<TechnicalBenefit>(tenantId, cancellationToken)).Select(b => b.Value).Where(b => b.ActivatedAt is null)
            .Select(b => new RedeemableBenefit(Kind, b.BenefitId, b.Name, b.MembershipOfferId))];

    public async Task<AdaptiveCard?> StepCardAsync(RedemptionTurn turn, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await records.FindAsync<TechnicalBenefit>(turn.TenantId, turn.BenefitId, cancellationToken) is not { Value.ActivatedAt: null } found)
        {
            return null;
        }

        var language = turn.Language;
        CardElement[] body =
        [
            DialogCard.Paragraph(RolePolicy.Can(BenefitAction.ActivateTechnicalBenefits, [PartnerRole.GlobalAdmin]).Explain(language), ContainerStyle.Emphasis),
            Id(AccessIdInput, RedemptionTexts.Get("AccessIdLabel", language), turn),
            Id(ContractIdInput, RedemptionTexts.Get("ContractIdLabel", language), turn),
        ];
        return BenefitStepCard.Create(turn, found.Value.Name, body, problem, BenefitStepCard.Confirm(turn, "Activate"));
    }

    public async Task<RedemptionOutcome> ConfirmAsync(RedemptionTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        var access = turn.Input(AccessIdInput);
        var contract = turn.Input(ContractIdInput);
        var found = await records.FindAsync<TechnicalBenefit>(turn.TenantId, turn.BenefitId, cancellationToken);
        if (found is not { Value.ActivatedAt: null })
        {
            return RedemptionOutcome.Gone(language);
        }

        if (access is null || contract is null)
        {
            return RedemptionOutcome.ShowAgain((await StepCardAsync(turn, RedemptionTexts.Get("IdsMissing", language), cancellationToken))!);
        }

        return RedemptionOutcome.Redeem(async ct =>
        {
            await records.UpdateAsync(turn.TenantId, found.Value with { AccessId = access, ContractId = contract, ActivatedAt = time.GetUtcNow() }, found.Version, ct);
            return new RedemptionReceipt(
                RedemptionTexts.Format("TechnicalDone", language, found.Value.Name, access, contract),
                $"{found.Value.Name}: Access ID {access}, Contract ID {contract}");
        });
    }

    private static TextInput Id(string id, string label, RedemptionTurn turn) =>
        new(id) { Label = label, IsRequired = true, MaxLength = 100, Value = turn.Input(id), ErrorMessage = label };
}
