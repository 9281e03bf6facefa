using BenefitsBot.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace BenefitsBot.Protocol.Connector;

/// <summary>
/// The Bot Connector client over <see cref="IHttpClientFactory"/> (named client <see cref="ConnectorOptions.HttpClientName"/>).
/// Every request is rate limited, retried on transient failures and turned into <see cref="ConnectorException"/> when it fails.
/// </summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    private readonly IHttpClientFactory httpClientFactory;
    private readonly IConnectorCredentials credentials;
    private readonly ConnectorRateLimiter rateLimiter;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ConnectorClient> logger;
    private readonly BotTelemetry? telemetry;
    private readonly ResiliencePipeline<HttpResponseMessage> retryPipeline;
    private readonly ResiliencePipeline attemptTimeout;

    public ConnectorClient(
        IHttpClientFactory httpClientFactory,
        IConnectorCredentials credentials,
        ConnectorRateLimiter rateLimiter,
        IOptions<ConnectorOptions> options,
        ILogger<ConnectorClient> logger,
        TimeProvider? timeProvider = null,
        BotTelemetry? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.httpClientFactory = httpClientFactory;
        this.credentials = credentials;
        this.rateLimiter = rateLimiter;
        this.logger = logger;
        this.telemetry = telemetry;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        retryPipeline = ConnectorRetryPipeline.BuildRetry(options.Value, this.timeProvider, LogRetry);
        attemptTimeout = ConnectorRetryPipeline.BuildAttemptTimeout(options.Value, this.timeProvider);
    }

    private void LogRetry(OnRetryArguments<HttpResponseMessage> args)
    {
        var request = args.Context.Properties.GetValue(ConnectorRetryPipeline.RequestKey, null!);
        ConnectorLog.Retrying(
            logger,
            request?.Operation ?? "?",
            request?.ConversationId,
            args.AttemptNumber + 1,
            args.Outcome.Result?.StatusCode,
            args.Outcome.Exception?.GetType().Name,
            args.RetryDelay.TotalMilliseconds);
        if (args.Outcome.Result?.StatusCode is System.Net.HttpStatusCode.TooManyRequests)
        {
            telemetry?.Throttled(ThrottledService.Connector, ThrottleReason.RetryAfter, args.RetryDelay);
        }
    }
}
