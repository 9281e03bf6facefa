namespace BenefitsBot.Nudges;

/// <summary>Where a posted nudge landed: the channel thread or 1:1 chat, and the activity.</summary>
public sealed record PostedNudge(string ConversationId, string? ActivityId);

/// <summary>The result of one post: posted, or an error; <see cref="RetryAfter"/> is set when trying again later may work.</summary>
public sealed record PostOutcome(PostedNudge? Posted, string? Error, TimeSpan? RetryAfter)
{
    public static PostOutcome Success(string conversationId, string? activityId) => new(new PostedNudge(conversationId, activityId), null, null);

    public static PostOutcome Failure(string error) => new(null, error, null);

    public static PostOutcome Transient(string error, TimeSpan? retryAfter) => new(null, error, retryAfter ?? TimeSpan.Zero);
}
