using BenefitsBot.Protocol.Hosting;
using BenefitsBot.Storage;

namespace BenefitsBot.Hosting;

/// <summary>Builds the web host; tests and the benchmark start the same host the command line does.</summary>
public static partial class BenefitsBotHost
{
    /// <summary>How long <c>/readyz</c> waits for the store before it says the store is unavailable.</summary>
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (!builder.Environment.IsDevelopment())
        {
            // Structured JSON logs with the turn's conversation and activity ids (logging scopes) for log analytics.
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.IncludeScopes = true);
        }

        builder.Services.AddBenefitsBot(builder.Configuration, builder.Environment);
        builder.Services.AddBotTelemetry(builder.Configuration);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();

        // Liveness: the process answers. It stays "ok" while the store is down, since questions are still answered then.
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok")));
        app.MapGet("/readyz", ReadyAsync);
        app.MapBotMessages("/api/messages");
        if (TelemetryServices.PrometheusEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(TelemetryServices.PrometheusPath);
        }

        return app;
    }

    /// <summary>Readiness: 200 when the store is set up and writable, else 503 naming what is wrong (the bot still answers questions).</summary>
    private static async Task<IResult> ReadyAsync(IStoreProbe store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ReadinessTimeout);
        try
        {
            await store.CheckAsync(deadline.Token);
            return TypedResults.Ok(new ReadinessStatus("ready", "ok"));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var problem = ex is OperationCanceledException ? $"no answer within {ReadinessTimeout.TotalSeconds:0} s" : $"{ex.GetType().Name}: {ex.Message}";
            LogStoreUnavailable(loggers.CreateLogger(typeof(BenefitsBotHost)), problem);
            return TypedResults.Json(new ReadinessStatus("unavailable", problem), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    public sealed record HealthStatus(string Status);

    /// <param name="Store">"ok", or why the store cannot be used now.</param>
    public sealed record ReadinessStatus(string Status, string Store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not ready: the store is unavailable ({Problem})")]
    private static partial void LogStoreUnavailable(ILogger logger, string problem);
}
