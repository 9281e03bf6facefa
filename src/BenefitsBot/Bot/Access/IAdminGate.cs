using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;

namespace BenefitsBot.Bot.Access;

/// <summary>
/// Server-side role check for every admin step and card action. Card payloads are client data and can be replayed or
/// forged, so the gate looks the caller up each time and writes every refusal to the audit log.
/// </summary>
public interface IAdminGate
{
    /// <param name="action">What is attempted, as written to the audit log, e.g. <c>redeem.cloud.confirm</c>.</param>
    /// <param name="allowedRoles">Any one of these roles suffices.</param>
    Task<AccessDecision> CheckAsync(BotUser user, string action, IReadOnlyCollection<AdminRole> allowedRoles, CancellationToken cancellationToken);
}
