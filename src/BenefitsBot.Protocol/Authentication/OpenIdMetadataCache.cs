using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// Signing keys of one metadata URL, cached and refreshed. Hand-written instead of IdentityModel's ConfigurationManager
/// because its 8.x <c>RequestRefresh()</c> refreshes on a background thread, so the "refresh, then retry once" on a key
/// rollover would still see the old keys; here a forced refresh is awaited (and rate-limited against forged kids).
/// One fetch at a time serves every request; after a failure the next one waits for <see cref="MetadataRetryPolicy"/>
/// (<c>OpenIdMetadataCache.Fetch.cs</c>), and meanwhile requests get the cached keys, or fail at once when there are none.
/// </summary>
internal sealed partial class OpenIdMetadataCache(
    string metadataAddress,
    BotAuthenticationOptions options,
    IHttpClientFactory httpClientFactory,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    /// <summary>Keys are re-read daily; bot-docs allow caching them for days.</summary>
    private static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Snapshot? current;
    private volatile Outage? outage;
    private long lastForcedRefreshTicks; // 0 = never; read and written atomically

    public async ValueTask<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is not null && time.GetUtcNow() < snapshot.RefreshAfter)
        {
            return snapshot.Configuration;
        }

        ThrowIfWaitingToRetry(snapshot);
        return await FetchAsync(snapshot?.Configuration, forced: false, cancellationToken);
    }

    /// <summary>Re-reads the keys after <paramref name="seen"/> lacked a kid; at most once per the configured interval.</summary>
    public async ValueTask<OpenIdConnectConfiguration> RefreshAsync(OpenIdConnectConfiguration seen, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref lastForcedRefreshTicks);
        if ((last != 0 && now - last < options.ForcedKeyRefreshMinimumInterval.Ticks)
            || Interlocked.CompareExchange(ref lastForcedRefreshTicks, now, last) != last)
        {
            return current?.Configuration ?? seen;
        }

        return await FetchAsync(seen, forced: true, cancellationToken);
    }

    public void Dispose() => gate.Dispose();

    /// <summary>Without keys, between failed attempts: refuse at once, saying why (no fetch, no waiting).</summary>
    private void ThrowIfWaitingToRetry(Snapshot? snapshot)
    {
        if (snapshot is null && outage is { } down && time.GetUtcNow() < down.RetryAt)
        {
            throw new OpenIdMetadataUnavailableException(Describe(down));
        }
    }

    private string Describe(Outage down) =>
        $"OpenID metadata {metadataAddress}: {down.Failures} failed attempt(s), last {down.Problem}; next attempt in "
        + $"{Math.Max(0, (down.RetryAt - time.GetUtcNow()).TotalSeconds):F0} s";

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset RefreshAfter);

    /// <summary>Failed attempts in a row, what the last one met, and when the next may start.</summary>
    private sealed record Outage(int Failures, string Problem, DateTimeOffset RetryAt);
}
