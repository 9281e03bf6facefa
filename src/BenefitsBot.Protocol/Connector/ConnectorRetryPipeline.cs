using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace BenefitsBot.Protocol.Connector;

/// <summary>Retries of one connector call: 429, 412, 502, 503, 504, network errors and attempt timeouts, with jittered exponential backoff or <c>Retry-After</c>.</summary>
internal static class ConnectorRetryPipeline
{
    public static readonly ResiliencePropertyKey<ConnectorRequest> RequestKey = new("BenefitsBot.Connector.Request");

    public static ResiliencePipeline<HttpResponseMessage> BuildRetry(ConnectorOptions options, TimeProvider timeProvider, Action<OnRetryArguments<HttpResponseMessage>> onRetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome.Result, options.MaxDelay, timeProvider)),
                OnRetry = args =>
                {
                    onRetry(args);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>The limit on one HTTP attempt; kept apart from the retries so waiting for a rate-limit permit does not count.</summary>
    public static ResiliencePipeline BuildAttemptTimeout(ConnectorOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddTimeout(options.AttemptTimeout).Build();

    public static bool IsRetriableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The delay the server asked for, as delta seconds or an HTTP date (not yet capped).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider) =>
        response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };

    private static TimeSpan? RetryAfterDelay(HttpResponseMessage? response, TimeSpan cap, TimeProvider timeProvider) =>
        RetryAfter(response, timeProvider) is { } wait ? (wait < cap ? wait : cap) : null;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CancellationToken callerToken) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,

        // HttpClient's own timeout surfaces as a cancellation the caller did not ask for.
        { Exception: OperationCanceledException } => !callerToken.IsCancellationRequested,
        { Result: { } response } => IsRetriableStatus(response.StatusCode),
        _ => false,
    };
}
