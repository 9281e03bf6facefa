using BenefitsBot.AdaptiveCards;
using BenefitsBot.Bot.Dialogs.Users;
using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>
/// A benefit given to a directory user (Azure credit, Visual Studio): the step card carries the user picker, and confirming
/// first resolves the picked or typed user in Entra (none or several: the card again, the typed text kept).
/// </summary>
public abstract class UserBenefitRedeemer(DirectoryUserLookup users) : IBenefitRedeemer
{
    public abstract string Kind { get; }

    public abstract IReadOnlyCollection<AdminRole> Roles { get; }

    public abstract Task<IReadOnlyList<RedeemableBenefit>> ListAsync(string tenantId, string language, CancellationToken cancellationToken);

    public async Task<AdaptiveCard?> StepCardAsync(RedemptionTurn turn, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return await CardAsync(turn, problem, await users.SuggestAsync(turn.User, cancellationToken), cancellationToken);
    }

    public async Task<RedemptionOutcome> ConfirmAsync(RedemptionTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var pick = await users.PickAsync(turn.Action, cancellationToken);
        return pick.User is { } user
            ? await ConfirmForAsync(turn, user, cancellationToken)
            : RedemptionOutcome.ShowAgain((await CardAsync(turn, pick.Error, pick.Choices, cancellationToken))!);
    }

    /// <summary>The step card with the picker offering <paramref name="choices"/>; null when the benefit is gone.</summary>
    protected abstract Task<AdaptiveCard?> CardAsync(RedemptionTurn turn, string? problem, IReadOnlyList<DirectoryUser> choices, CancellationToken cancellationToken);

    /// <summary>The rules for giving the benefit to <paramref name="user"/>, who exists in the tenant's directory.</summary>
    protected abstract Task<RedemptionOutcome> ConfirmForAsync(RedemptionTurn turn, DirectoryUser user, CancellationToken cancellationToken);
}
