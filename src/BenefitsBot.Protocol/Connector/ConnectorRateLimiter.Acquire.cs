using System.Threading.RateLimiting;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Taking one permit from several window limiters without counting it early in any of them.</summary>
public sealed partial class ConnectorRateLimiter
{
    // PartitionedRateLimiter.CreateChained would take the first limiter's permit and then wait on the next one, so the first
    // window would count the request before it is sent. Instead: wait until every limiter has room (0 permits takes nothing),
    // then take all at once; if another caller got there first, wait again.
    private static async ValueTask AcquireAllAsync((PartitionedRateLimiter<string> Limiter, string Key)[] chain, CancellationToken cancellationToken)
    {
        while (true)
        {
            foreach (var (limiter, key) in chain)
            {
                using var ready = await limiter.AcquireAsync(key, 0, cancellationToken).ConfigureAwait(false);
            }

            if (TryTakeAll(chain))
            {
                return;
            }
        }
    }

    private static bool TryTakeAll((PartitionedRateLimiter<string> Limiter, string Key)[] chain)
    {
        foreach (var (limiter, key) in chain)
        {
            // Window permits are not given back on dispose, so a partial take only costs capacity, never exceeds a limit.
            using var lease = limiter.AttemptAcquire(key, 1);
            if (!lease.IsAcquired)
            {
                return false;
            }
        }

        return true;
    }
}
