using BenefitsBot.Storage.Audit;

namespace BenefitsBot.Bot.Actions;

/// <summary>
/// The one writer of the audit log for card flows: who did what to which target, with its result. The role gate writes its
/// refusals here; steps write what they changed.
/// </summary>
public sealed class CardFlowAudit(IAuditLog log, TimeProvider time)
{
    public Task SucceededAsync(BotUser user, string action, string target, string? detail, CancellationToken cancellationToken) =>
        WriteAsync(user, action, target, AuditResult.Succeeded, detail, cancellationToken);

    public Task FailedAsync(BotUser user, string action, string target, string? detail, CancellationToken cancellationToken) =>
        WriteAsync(user, action, target, AuditResult.Failed, detail, cancellationToken);

    /// <summary>A refused attempt; without a tenant there is nowhere to file it (the gate's log line is the record).</summary>
    public Task RefusedAsync(BotUser user, string action, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.TenantId.Length == 0
            ? Task.CompletedTask
            : WriteAsync(user with { ObjectId = user.ObjectId.Length > 0 ? user.ObjectId : "unknown" }, action, action, AuditResult.Refused, detail, cancellationToken);
    }

    private Task WriteAsync(BotUser user, string action, string target, AuditResult result, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return log.AppendAsync(new AuditEntry(user.TenantId, user.ObjectId, action, target, result, time.GetUtcNow(), detail), cancellationToken);
    }
}
