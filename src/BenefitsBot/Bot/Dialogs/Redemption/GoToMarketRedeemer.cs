using System.Net.Mail;
using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Actions;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>Go-To-Market offers: the company marketing contact comes first (<see cref="RolePolicy"/>), then activation.</summary>
public sealed class GoToMarketRedeemer(ITenantRecordStore records, TimeProvider time) : IBenefitRedeemer
{
    public const string ContactNameId = "contactName";
    public const string ContactEmailId = "contactEmail";

    public string Kind => GoToMarketOffer.RecordKind;

    public IReadOnlyCollection<AdminRole> Roles => RedemptionRoles.ActivateGoToMarket;

    public async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken) =>
        [.. (await records.ListAsync<GoToMarketOffer>(tenantId, cancellationToken)).Select(o => o.Value).Where(o => o.ActivatedAt is null)
            .Select(o => new RedeemableBenefit(Kind, o.OfferId, o.Name, o.MembershipOfferId))];

    public async Task<AdaptiveCard?> StepCardAsync(RedemptionTurn turn, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await records.FindAsync<GoToMarketOffer>(turn.TenantId, turn.BenefitId, cancellationToken) is not { Value.ActivatedAt: null } offer)
        {
            return null;
        }

        var language = turn.Language;
        var contact = await records.FindAsync<MarketingContact>(turn.TenantId, MarketingContact.SingleId, cancellationToken);
        var rule = DialogCard.Paragraph(RolePolicy.Can(BenefitAction.ActivateGoToMarket, [PartnerRole.GlobalAdmin], contact is not null).Explain(language), ContainerStyle.Emphasis);
        if (contact is null)
        {
            CardElement[] ask =
            [
                rule,
                new TextInput(ContactNameId) { Label = RedemptionTexts.Get("ContactNameLabel", language), IsRequired = true, MaxLength = 200, Value = turn.Input(ContactNameId), ErrorMessage = RedemptionTexts.Get("ContactNameLabel", language) },
                new TextInput(ContactEmailId) { Label = RedemptionTexts.Get("ContactEmailLabel", language), IsRequired = true, MaxLength = 200, Style = TextInputStyle.Email, Value = turn.Input(ContactEmailId), ErrorMessage = RedemptionTexts.Get("ContactEmailLabel", language) },
            ];
            var save = DialogButton.Create(RedemptionVerbs.SaveContact, RedemptionTexts.Get("SaveContact", language), language, turn.Step.Version, style: ActionStyle.Positive);
            return BenefitStepCard.Create(turn, offer.Value.Name, ask, problem, save);
        }

        CardElement[] body = [rule, DialogCard.Facts((RedemptionTexts.Get("FactMarketingContact", language), $"{contact.Value.Name} ({contact.Value.Email})"))];
        return BenefitStepCard.Create(turn, offer.Value.Name, body, problem, BenefitStepCard.Confirm(turn, "Activate"));
    }

    /// <summary>Records the marketing contact from the card; the problem to show, or null when saved.</summary>
    public async Task<string?> SaveContactAsync(RedemptionTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var name = turn.Input(ContactNameId);
        var email = turn.Input(ContactEmailId);
        if (name is null || email is null || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            return RedemptionTexts.Get("ContactInvalid", turn.Language);
        }

        var contact = new MarketingContact(name, email, null);
        var existing = await records.FindAsync<MarketingContact>(turn.TenantId, MarketingContact.SingleId, cancellationToken);
        _ = existing is null
            ? await records.InsertAsync(turn.TenantId, contact, cancellationToken)
            : await records.UpdateAsync(turn.TenantId, contact, existing.Version, cancellationToken);
        return null;
    }

    public async Task<RedemptionOutcome> ConfirmAsync(RedemptionTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        var offer = await records.FindAsync<GoToMarketOffer>(turn.TenantId, turn.BenefitId, cancellationToken);
        if (offer is not { Value.ActivatedAt: null })
        {
            return RedemptionOutcome.Gone(language);
        }

        var contact = await records.FindAsync<MarketingContact>(turn.TenantId, MarketingContact.SingleId, cancellationToken);
        // The gate has checked the role already; asking the rule as a Global admin leaves the marketing contact to decide.
        var verdict = RolePolicy.Can(BenefitAction.ActivateGoToMarket, [PartnerRole.GlobalAdmin], contact is not null);
        if (!verdict.Allowed)
        {
            return RedemptionOutcome.ShowAgain((await StepCardAsync(turn, verdict.Explain(language), cancellationToken))!);
        }

        return RedemptionOutcome.Redeem(async ct =>
        {
            await records.UpdateAsync(turn.TenantId, offer.Value with { ActivatedAt = time.GetUtcNow() }, offer.Version, ct);
            return new RedemptionReceipt(
                RedemptionTexts.Format("GoToMarketDone", language, offer.Value.Name, contact!.Value.Name),
                $"{offer.Value.Name}; marketing contact {contact.Value.Email}");
        });
    }
}
