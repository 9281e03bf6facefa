namespace BenefitsBot.Storage.Audit;

/// <summary>One admin action: who (Entra object id), what, on which target, when, and how it ended.</summary>
/// <param name="Action">What was attempted, e.g. <c>redemption.software-key</c>.</param>
/// <param name="Target">What it acted on, e.g. a record id or a user's object id.</param>
public sealed record AuditEntry(
    string TenantId,
    string ActorObjectId,
    string Action,
    string Target,
    AuditResult Result,
    DateTimeOffset At,
    string? Detail);
