using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Inputs;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Domain.Rules;
using BenefitsBot.Graph;
using BenefitsBot.Localization;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>Software keys: one list line per product; the admin picks the language and operating system among the keys still open.</summary>
public sealed class SoftwareKeyRedeemer(ITenantRecordStore records, BenefitRules rules, TimeProvider time) : IBenefitRedeemer
{
    public const string LanguageId = "keyLanguage";
    public const string OperatingSystemId = "keyOs";

    public string Kind => SoftwareKey.RecordKind;

    public IReadOnlyCollection<AdminRole> Roles => RedemptionRoles.Activate;

    public async Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken)
    {
        var open = await OpenKeysAsync(tenantId, cancellationToken);
        return [.. open.GroupBy(k => (k.Value.Product, k.Value.MembershipOfferId)).Select(g =>
            new RedeemableBenefit(Kind, g.First().Value.KeyId, RedemptionTexts.Format("SoftwareTitle", language, g.Key.Product, g.Count()), g.Key.MembershipOfferId))];
    }

    public async Task<AdaptiveCard?> StepCardAsync(RedemptionTurn turn, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var product = (await records.FindAsync<SoftwareKey>(turn.TenantId, turn.BenefitId, cancellationToken))?.Value.Product;
        var open = (await OpenKeysAsync(turn.TenantId, cancellationToken)).Select(k => k.Value).Where(k => k.Product == product).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var language = turn.Language;
        CardElement[] body =
        [
            DialogCard.Facts((RedemptionTexts.Get("FactProduct", language), product!), (RedemptionTexts.Get("FactKeysLeft", language), open.Count.ToString(UserLanguage.Culture(language)))),
            Choices(LanguageId, RedemptionTexts.Get("KeyLanguageLabel", language), open.Select(k => k.Language), turn.Input(LanguageId)),
            Choices(OperatingSystemId, RedemptionTexts.Get("KeyOsLabel", language), open.Select(k => k.OperatingSystem), turn.Input(OperatingSystemId)),
            DialogCard.Paragraph(LicensePolicy.CanRedeemKey(alreadyRedeemed: false).Explain(language), ContainerStyle.Emphasis),
        ];
        return BenefitStepCard.Create(turn, RedemptionTexts.Format("SoftwareStepTitle", language, product!), body, problem, BenefitStepCard.Confirm(turn, "RedeemKey"));
    }

    public async Task<RedemptionOutcome> ConfirmAsync(RedemptionTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        var product = (await records.FindAsync<SoftwareKey>(turn.TenantId, turn.BenefitId, cancellationToken))?.Value.Product;
        var keyLanguage = turn.Input(LanguageId);
        var os = turn.Input(OperatingSystemId);
        var key = (await OpenKeysAsync(turn.TenantId, cancellationToken))
            .FirstOrDefault(k => k.Value.Product == product && k.Value.Language == keyLanguage && k.Value.OperatingSystem == os);
        if (key is null)
        {
            var again = await StepCardAsync(turn, RedemptionTexts.Get(keyLanguage is null || os is null ? "KeyChoiceMissing" : "KeyChoiceNone", language), cancellationToken);
            return again is null ? RedemptionOutcome.ShowAgain(AlreadyRedeemed(language)) : RedemptionOutcome.ShowAgain(again);
        }

        return RedemptionOutcome.Redeem(async ct =>
        {
            var now = time.GetUtcNow();
            await records.UpdateAsync(turn.TenantId, key.Value with { RedeemedAt = now }, key.Version, ct);
            var usable = RuleNotes.Verdict(rules, RuleKind.KeyUsableUntil, turn.User.Today, DateRole.Redemption, turn.User.Today, asksEligibility: false);
            return new RedemptionReceipt(
                RedemptionTexts.Format("SoftwareDone", language, product!, keyLanguage!, os!) + " " + RuleNotes.Text(usable, language),
                $"key {key.Value.KeyId}: {product}, {keyLanguage}, {os}");
        });
    }

    private static AdaptiveCard AlreadyRedeemed(string language) =>
        DialogCard.Message(language, RedemptionTexts.Get("AlreadyRedeemedTitle", language), LicensePolicy.CanRedeemKey(alreadyRedeemed: true).Explain(language), ContainerStyle.Warning);

    private static ChoiceSetInput Choices(string id, string label, IEnumerable<string> values, string? chosen)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ChoiceSetInput(id)
        {
            Label = label,
            IsRequired = true,
            ErrorMessage = label,
            Choices = [.. distinct.Select(v => new Choice(v, v))],
            Value = chosen is not null && distinct.Contains(chosen) ? chosen : distinct.Count == 1 ? distinct[0] : null,
        };
    }

    private async Task<List<Versioned<SoftwareKey>>> OpenKeysAsync(string tenantId, CancellationToken cancellationToken) =>
        [.. (await records.ListAsync<SoftwareKey>(tenantId, cancellationToken)).Where(k => k.Value.RedeemedAt is null)];
}
