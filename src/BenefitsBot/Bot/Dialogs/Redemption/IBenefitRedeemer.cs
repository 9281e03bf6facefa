using BenefitsBot.AdaptiveCards;
using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>
/// Redemption of one benefit type (a tenant record kind): what is open to redeem, its step card, and the confirm step that
/// checks the rules and applies the change. Graph failures surface as <see cref="TenantDirectoryException"/>; the dialog
/// turns them into its retry card.
/// </summary>
public interface IBenefitRedeemer
{
    /// <summary>The record kind, e.g. <c>software-key</c>; also the <c>kind</c> of pick buttons.</summary>
    string Kind { get; }

    /// <summary>The roles that may redeem this kind (checked at every step).</summary>
    IReadOnlyCollection<AdminRole> Roles { get; }

    Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken);

    /// <summary>The benefit's step card; <paramref name="problem"/> is shown on top and the submitted inputs are kept. Null when the benefit is gone or already redeemed.</summary>
    Task<AdaptiveCard?> StepCardAsync(RedemptionTurn turn, string? problem, CancellationToken cancellationToken);

    Task<RedemptionOutcome> ConfirmAsync(RedemptionTurn turn, CancellationToken cancellationToken);
}
