using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BenefitsBot.Protocol.Connector;

/// <summary>
/// Teams' per-conversation send limits and the per-tenant limit, as sliding windows partitioned by key.
/// Callers wait for a permit rather than fail.
/// </summary>
public sealed partial class ConnectorRateLimiter : IDisposable, IAsyncDisposable
{
    // PartitionedRateLimiter replenishes its partitions from a 100 ms heartbeat, one segment per beat.
    private static readonly TimeSpan HeartbeatPeriod = TimeSpan.FromMilliseconds(100);

    private readonly PartitionedRateLimiter<string>[] conversationLimiters;
    private readonly PartitionedRateLimiter<string>[] tenantLimiters;

    public ConnectorRateLimiter(IOptions<ConnectorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;

        // Shortest window first: a permit taken from an earlier limiter is lost when a later one is empty, and short windows lose least.
        conversationLimiters = [.. settings.EffectiveConversationRateLimits.OrderBy(w => w.Window).Select(w => CreateLimiter(w, settings.SegmentsPerWindow))];
        tenantLimiters = [.. settings.EffectiveTenantRateLimits.OrderBy(w => w.Window).Select(w => CreateLimiter(w, settings.SegmentsPerWindow))];
    }

    /// <summary>Waits until one more send (or create-conversation) to <paramref name="conversationKey"/> fits every limit.</summary>
    public ValueTask WaitForSendAsync(string conversationKey, string? tenantId, CancellationToken cancellationToken) =>
        AcquireAllAsync(
            [.. conversationLimiters.Select(l => (l, conversationKey)), .. tenantLimiters.Select(l => (l, tenantId ?? string.Empty))],
            cancellationToken);

    /// <summary>Waits until one more call of any kind fits the tenant limit.</summary>
    public ValueTask WaitForTenantAsync(string? tenantId, CancellationToken cancellationToken) =>
        AcquireAllAsync([.. tenantLimiters.Select(l => (l, tenantId ?? string.Empty))], cancellationToken);

    public void Dispose()
    {
        foreach (var limiter in conversationLimiters.Concat(tenantLimiters))
        {
            limiter.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var limiter in conversationLimiters.Concat(tenantLimiters))
        {
            await limiter.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static PartitionedRateLimiter<string> CreateLimiter(RateLimitWindow window, int maxSegments)
    {
        if (window.PermitLimit <= 0 || window.Window <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Rate limit window {window} needs a positive limit and duration.", nameof(window));
        }

        // A segment moves on at a heartbeat once it is at least its length old, so make it a little shorter than a whole number
        // of beats (else every other beat is missed). One extra segment: a permit returns no sooner than a full window after use.
        var beatsPerSegment = Math.Max(1, (int)Math.Round(window.Window / Math.Max(1, maxSegments) / HeartbeatPeriod));
        var segments = (int)Math.Ceiling(window.Window / (HeartbeatPeriod * beatsPerSegment * 0.9));
        var segment = window.Window / segments;
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = window.Window + segment,
            SegmentsPerWindow = segments + 1,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
    }
}
