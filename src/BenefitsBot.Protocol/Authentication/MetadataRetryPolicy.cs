namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// How a failed metadata or key fetch is retried: one attempt at a time for all requests, the next one <see cref="FirstDelay"/>
/// later, doubling up to <see cref="MaxDelay"/>; each attempt gives up after <see cref="AttemptTimeout"/>.
/// </summary>
public sealed record MetadataRetryPolicy(TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan AttemptTimeout)
{
    /// <summary>2 s, 4 s, 8 s, then every 16 s; 10 s per attempt.</summary>
    public static MetadataRetryPolicy Default { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(10));

    /// <summary>The wait after the <paramref name="failures"/>th failure in a row (1 = the first).</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var delay = FirstDelay;
        for (var i = 1; i < failures && delay < MaxDelay; i++)
        {
            delay *= 2;
        }

        return delay < MaxDelay ? delay : MaxDelay;
    }
}
