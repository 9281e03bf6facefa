using BenefitsBot.Bot.Actions;
using BenefitsBot.Graph;
using BenefitsBot.Storage.Tenants;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Bot.Access;

/// <summary>Entra roles from Graph plus Partner Center roles recorded by a Global admin; refusals go to the audit log.</summary>
public sealed partial class AdminGate(
    ITenantDirectory directory,
    ITenantRecordStore records,
    CardFlowAudit audit,
    ILogger<AdminGate> logger) : IAdminGate
{
    public async Task<AccessDecision> CheckAsync(BotUser user, string action, IReadOnlyCollection<AdminRole> allowedRoles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(allowedRoles);
        if (!user.IsIdentified)
        {
            await RefuseAsync(user, action, allowedRoles, new HashSet<AdminRole>(), cancellationToken);
            return new AccessDecision(false, new HashSet<AdminRole>(), null);
        }

        var roles = new HashSet<AdminRole>();
        var grant = await records.FindAsync<PartnerRoleGrant>(user.TenantId, user.ObjectId, cancellationToken);
        if (grant is not null)
        {
            roles.UnionWith(grant.Value.Roles);
        }

        if (!roles.Overlaps(allowedRoles))
        {
            try
            {
                var entra = await directory.GetDirectoryRolesAsync(user.TenantId, user.ObjectId, cancellationToken);
                roles.UnionWith(entra.AdminRoles);
            }
            catch (TenantDirectoryException failure)
            {
                LogRolesUnavailable(logger, failure.Kind, action, failure);
                return new AccessDecision(false, roles, failure);
            }
        }

        if (roles.Overlaps(allowedRoles))
        {
            return new AccessDecision(true, roles, null);
        }

        await RefuseAsync(user, action, allowedRoles, roles, cancellationToken);
        return new AccessDecision(false, roles, null);
    }

    private Task RefuseAsync(BotUser user, string action, IReadOnlyCollection<AdminRole> allowed, IReadOnlySet<AdminRole> held, CancellationToken cancellationToken)
    {
        LogRefused(logger, action);
        return audit.RefusedAsync(user, action, $"needs one of [{string.Join(", ", allowed)}]; holds [{string.Join(", ", held)}]", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused admin action {Action}: the caller lacks the role")]
    private static partial void LogRefused(ILogger logger, string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read directory roles ({Kind}) for {Action}")]
    private static partial void LogRolesUnavailable(ILogger logger, TenantDirectoryErrorKind kind, string action, Exception exception);
}
