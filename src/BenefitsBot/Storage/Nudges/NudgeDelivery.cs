namespace BenefitsBot.Storage.Nudges;

/// <summary>One outbox row: a planned nudge and its delivery state.</summary>
public sealed record NudgeDelivery(
    long Id,
    PlannedNudge Nudge,
    NudgeDeliveryState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LeaseOwner,
    DateTimeOffset? LeaseUntil,
    string? ConversationId,
    string? ActivityId,
    string? LastError,
    DateTimeOffset UpdatedAt);
