using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace BenefitsBot.Graph;

/// <summary>Graph's default middleware (retry, redirect, compression, telemetry…) with the retry policy from <see cref="GraphOptions"/>.</summary>
internal static class GraphHttpPipeline
{
    public static IList<DelegatingHandler> CreateHandlers(GraphOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.ToList().FindIndex(h => h is RetryHandler);
        handlers[retry] = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = options.RetryDelaySeconds,
            RetriesTimeLimit = TimeSpan.FromSeconds(options.RetriesTimeLimitSeconds),
        });
        return handlers;
    }
}
