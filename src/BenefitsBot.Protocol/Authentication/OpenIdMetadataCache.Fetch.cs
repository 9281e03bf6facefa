using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>The one fetch in flight, and what a failure leaves behind: stale keys with a retry time, or an outage.</summary>
internal sealed partial class OpenIdMetadataCache
{
    private async ValueTask<OpenIdConnectConfiguration> FetchAsync(OpenIdConnectConfiguration? seen, bool forced, CancellationToken cancellationToken)
    {
        if (!await gate.WaitAsync(0, cancellationToken))
        {
            // A fetch is in flight. Cached keys serve meanwhile; without any, wait for it, unless it is a retry after failures.
            if (!forced && current is { } stale)
            {
                return stale.Configuration;
            }

            if (current is null && outage is { } down)
            {
                throw new OpenIdMetadataUnavailableException(Describe(down) + " (an attempt is under way)");
            }

            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            var snapshot = current;
            if (snapshot is not null && !ReferenceEquals(snapshot.Configuration, seen))
            {
                return snapshot.Configuration; // another request refreshed while this one waited
            }

            if (snapshot is not null && !forced && time.GetUtcNow() < snapshot.RefreshAfter)
            {
                return snapshot.Configuration; // another request failed to refresh and set the next attempt's time
            }

            ThrowIfWaitingToRetry(snapshot); // another request failed while this one waited
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
        using var attempt = new CancellationTokenSource(options.MetadataRetry.AttemptTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(attempt.Token, cancellationToken);
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataAddress, retriever, linked.Token);
            current = new Snapshot(configuration, time.GetUtcNow() + AutomaticRefreshInterval);
            outage = null;
            return configuration;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ArgumentException or InvalidOperationException or JsonException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var failures = (outage?.Failures ?? 0) + 1;
            var delay = options.MetadataRetry.DelayAfter(failures);
            var down = new Outage(failures, $"{ex.GetType().Name}: {ex.Message}", time.GetUtcNow() + delay);
            outage = down;
            var stale = current;
            LogMetadataUnavailable(logger, metadataAddress, failures, delay.TotalSeconds, stale is not null, ex);
            if (stale is null)
            {
                throw new OpenIdMetadataUnavailableException(Describe(down), ex);
            }

            // Stale keys beat no keys; the next attempt waits as long as it would without them.
            current = stale with { RefreshAfter = down.RetryAt };
            return stale.Configuration;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID metadata {MetadataAddress} could not be read (attempt {Failures} in a row; next in {DelaySeconds} s; keeping cached keys: {HasCachedKeys})")]
    private static partial void LogMetadataUnavailable(ILogger logger, string metadataAddress, int failures, double delaySeconds, bool hasCachedKeys, Exception exception);
}
