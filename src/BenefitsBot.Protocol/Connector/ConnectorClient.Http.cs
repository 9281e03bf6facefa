using System.Net.Http.Json;
using BenefitsBot.Protocol.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly;
using Polly.Timeout;

namespace BenefitsBot.Protocol.Connector;

/// <summary>The one path every call takes: token, rate limit, retries, error mapping.</summary>
public sealed partial class ConnectorClient
{
    private static readonly TimeSpan MinimumReportedWait = TimeSpan.FromMilliseconds(5);

    private async Task<T?> SendAsync<T>(ConnectorRequest request, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        where T : class
    {
        string? token;
        try
        {
            token = await credentials.GetTokenForAsync(request.ServiceUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedServiceUrlException)
        {
            ConnectorLog.UntrustedHost(logger, request.Operation, request.ConversationId, request.ServiceUrl.Authority);
            throw;
        }

        // One span over the whole call (rate-limit waits and retries); HttpClient instrumentation adds a child per attempt.
        using var span = BotTelemetry.Source.StartActivity("connector.call");
        span?.SetTag("operation", request.Operation);
        var client = httpClientFactory.CreateClient(ConnectorOptions.HttpClientName);
        var attempts = 0;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorRetryPipeline.RequestKey, request);
        HttpResponseMessage response;
        try
        {
            response = await retryPipeline.ExecuteAsync(
                async ctx =>
                {
                    attempts++;
                    await WaitForPermitAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                    using var message = request.ToMessage(token);
                    return await AttemptAsync(client, message, request, ctx.CancellationToken).ConfigureAwait(false);
                },
                context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ConnectorLog.Unreachable(logger, request.Operation, request.ConversationId, attempts, ex.GetType().Name);
            throw new ConnectorException(
                ConnectorFailureKind.Network,
                $"Connector {request.Operation} got no answer after {attempts} attempt(s).",
                innerException: ex)
            { Operation = request.Operation, ConversationId = request.ConversationId, Attempts = attempts };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            return response.IsSuccessStatusCode
                ? await ReadAsync(response, responseType, request, attempts, cancellationToken).ConfigureAwait(false)
                : throw await FailureAsync(response, request, attempts, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One HTTP attempt under the attempt timeout, counted by status (or by the error when no answer came).</summary>
    private async Task<HttpResponseMessage> AttemptAsync(HttpClient client, HttpRequestMessage message, ConnectorRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await attemptTimeout.ExecuteAsync(
                async (ct) => await client.SendAsync(message, ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            telemetry?.ConnectorCalled(request.Operation, (int)response.StatusCode, null);
            return response;
        }
        catch (Exception ex)
        {
            telemetry?.ConnectorCalled(request.Operation, null, ex.GetType().Name);
            throw;
        }
    }

    private async ValueTask WaitForPermitAsync(ConnectorRequest request, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        if (request.RateLimitKey is { } key)
        {
            await rateLimiter.WaitForSendAsync(key, request.TenantId, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await rateLimiter.WaitForTenantAsync(request.TenantId, cancellationToken).ConfigureAwait(false);
        }

        // A permit at hand takes microseconds; only a real wait (a window was full) is a throttling wait.
        if (timeProvider.GetElapsedTime(started) is var waited && waited >= MinimumReportedWait)
        {
            telemetry?.Throttled(ThrottledService.Connector, ThrottleReason.RateLimit, waited);
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T>? responseType, ConnectorRequest request, int attempts, CancellationToken cancellationToken)
        where T : class
    {
        if (responseType is null || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new ConnectorException(
                ConnectorFailureKind.InvalidResponse,
                $"Connector {request.Operation} answered {(int)response.StatusCode} with a body that is not a {typeof(T).Name}.",
                response.StatusCode,
                innerException: ex)
            { Operation = request.Operation, ConversationId = request.ConversationId, Attempts = attempts };
        }
    }

    private async Task<ConnectorException> FailureAsync(HttpResponseMessage response, ConnectorRequest request, int attempts, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (code, message) = ConnectorErrorBody.Read(body);
        var kind = ConnectorErrorBody.KindOf(response.StatusCode);
        ConnectorLog.Failed(logger, request.Operation, request.ConversationId, attempts, response.StatusCode, code, kind);
        return new ConnectorException(
            kind,
            $"Connector {request.Operation} failed with {(int)response.StatusCode} {code} after {attempts} attempt(s).",
            response.StatusCode,
            code,
            message)
        {
            Operation = request.Operation,
            ConversationId = request.ConversationId,
            Attempts = attempts,
            RetryAfter = ConnectorRetryPipeline.RetryAfter(response, timeProvider),
        };
    }
}
