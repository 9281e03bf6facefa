namespace BenefitsBot.Storage.Nudges;

/// <summary>
/// A nudge the planner found due. (<see cref="TenantId"/>, <see cref="SubjectId"/>, <see cref="Kind"/>, <see cref="DueDate"/>) is its
/// idempotency key: the outbox holds at most one row per key, whichever instance planned it and however often.
/// </summary>
/// <param name="SubjectId">The membership offer id for channel nudges; the benefit and assignee for 1:1 nudges.</param>
/// <param name="Series">Nudges of one event (e.g. one offer's renewal); a later one supersedes an earlier one not yet sent.</param>
/// <param name="EventDate">The date the nudge is about (window opens, grace period ends, benefit expires).</param>
/// <param name="RecipientObjectId">The employee's Entra object id for a 1:1 nudge; null for a channel nudge.</param>
/// <param name="OfferId">The membership offer the buttons open the renewal or redemption dialog for.</param>
public sealed record PlannedNudge(
    string TenantId,
    string SubjectId,
    NudgeKind Kind,
    string Series,
    DateOnly DueDate,
    DateOnly EventDate,
    string? RecipientObjectId,
    string? OfferId)
{
    public bool IsPersonal => RecipientObjectId is not null;

    /// <summary>The idempotency key as one string, e.g. for logs and the activity's channel data.</summary>
    public string Key => $"{TenantId}/{SubjectId}/{Kind}/{DueDate:yyyy-MM-dd}";
}
