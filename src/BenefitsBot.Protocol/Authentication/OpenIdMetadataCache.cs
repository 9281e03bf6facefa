using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// Signing keys of one metadata URL, cached and refreshed. Hand-written instead of IdentityModel's ConfigurationManager
/// because its 8.x <c>RequestRefresh()</c> refreshes on a background thread, so the "refresh, then retry once" on a key
/// rollover would still see the old keys; here a forced refresh is awaited (and rate-limited against forged kids).
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
    private long lastForcedRefreshTicks; // 0 = never; read and written atomically

    public async ValueTask<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        return snapshot is not null && time.GetUtcNow() < snapshot.RefreshAfter
            ? snapshot.Configuration
            : await FetchAsync(snapshot?.Configuration, cancellationToken);
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

        return await FetchAsync(seen, cancellationToken);
    }

    private async ValueTask<OpenIdConnectConfiguration> FetchAsync(OpenIdConnectConfiguration? seen, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } fresher && !ReferenceEquals(fresher.Configuration, seen))
            {
                return fresher.Configuration; // another request refreshed while this one waited
            }

            return await DownloadAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<OpenIdConnectConfiguration> DownloadAsync(CancellationToken cancellationToken)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(BotAuthenticationConstants.HttpClientName))
        {
            RequireHttps = options.RequireHttpsMetadata,
        };
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataAddress, retriever, cancellationToken);
            current = new Snapshot(configuration, time.GetUtcNow() + AutomaticRefreshInterval);
            return configuration;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ArgumentException or InvalidOperationException or JsonException)
        {
            var stale = current;
            LogMetadataUnavailable(logger, metadataAddress, stale is not null, ex);
            if (stale is null)
            {
                throw new OpenIdMetadataUnavailableException(metadataAddress, ex);
            }

            // Stale keys beat no keys; try again after the forced-refresh interval.
            current = stale with { RefreshAfter = time.GetUtcNow() + options.ForcedKeyRefreshMinimumInterval };
            return stale.Configuration;
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset RefreshAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID metadata {MetadataAddress} could not be read (keeping cached keys: {HasCachedKeys})")]
    private static partial void LogMetadataUnavailable(ILogger logger, string metadataAddress, bool hasCachedKeys, Exception exception);
}
