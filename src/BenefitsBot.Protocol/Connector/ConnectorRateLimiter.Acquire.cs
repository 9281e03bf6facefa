using System.Threading.RateLimiting;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Taking one permit from several window limiters without counting it early in any of them.</summary>
public sealed partial class ConnectorRateLimiter
{
    private readonly Lock takeGate = new();

    // PartitionedRateLimiter.CreateChained would take the first limiter's permit and then wait on the next one, so the first
    // window would count the request before it is sent. Instead: wait until every limiter has room (0 permits takes nothing),
    // then take from all at once; if another caller got there first, wait again.
    private async ValueTask AcquireAllAsync((PartitionedRateLimiter<string> Limiter, string Key)[] chain, CancellationToken cancellationToken)
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

    // Check every limiter first, under one lock: only this class takes permits, so the takes that follow cannot fail halfway
    // and waste a permit of a long window (the 1800/hour budget) on a send that did not happen.
    private bool TryTakeAll((PartitionedRateLimiter<string> Limiter, string Key)[] chain)
    {
        lock (takeGate)
        {
            if (chain.Any(link => (link.Limiter.GetStatistics(link.Key)?.CurrentAvailablePermits ?? 0) < 1))
            {
                return false;
            }

            foreach (var (limiter, key) in chain)
            {
                using var lease = limiter.AttemptAcquire(key, 1);
                if (!lease.IsAcquired)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
