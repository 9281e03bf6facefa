using BenefitsBot.Bot.Actions;
using BenefitsBot.Storage.Audit;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>Every admin change a dialog makes is appended to the audit log: who, what, on which target (refusals are the gate's).</summary>
public static class DialogAudit
{
    public static Task SucceededAsync(this IAuditLog audit, TimeProvider time, BotUser user, string action, string target, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(user);
        return audit.AppendAsync(new AuditEntry(user.TenantId, user.ObjectId, action, target, AuditResult.Succeeded, time.GetUtcNow(), detail), cancellationToken);
    }
}
