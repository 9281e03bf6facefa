namespace BenefitsBot.Storage.Audit;

public enum AuditResult
{
    Succeeded,
    Failed,

    /// <summary>Turned down before acting, e.g. a forged or replayed card action from a user without the role.</summary>
    Refused,
}
