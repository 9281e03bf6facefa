namespace BenefitsBot.Testing.FakeGraph;

/// <summary>An error answer instead of the real one, with Graph's error body (or none, when <see cref="Code"/> is null).</summary>
public sealed record FakeGraphFault(int StatusCode, string? Code, string? Message, int? RetryAfterSeconds = null)
{
    public static FakeGraphFault Forbidden() =>
        new(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    public static FakeGraphFault NotFound() =>
        new(404, "Request_ResourceNotFound", "Resource does not exist or one of its queried reference-property objects are not present.");

    /// <summary>429 with <c>Retry-After: seconds</c>.</summary>
    public static FakeGraphFault Throttled(int retryAfterSeconds) =>
        new(429, "TooManyRequests", "Too many requests.", retryAfterSeconds);

    /// <summary>503; Retry-After 0 lets the SDK retry at once.</summary>
    public static FakeGraphFault Unavailable(int retryAfterSeconds = 0) =>
        new(503, "serviceNotAvailable", "The service is temporarily unavailable.", retryAfterSeconds);
}
