using Azure.Monitor.OpenTelemetry.Exporter;
using BenefitsBot.Protocol.Diagnostics;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BenefitsBot.Hosting;

/// <summary>
/// OpenTelemetry for the web host: the bot's own spans and metrics (<see cref="BotTelemetry"/>), ASP.NET Core, HttpClient
/// (connector and Graph), runtime and Npgsql instrumentation. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// set, to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, and scraped at <c>/metrics</c> when
/// <c>Telemetry:Prometheus</c> is true (off by default). Standard OTEL_* settings (service name, protocol, headers) apply.
/// </summary>
public static class TelemetryServices
{
    public const string PrometheusSetting = "Telemetry:Prometheus";
    public const string PrometheusPath = "/metrics";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var prometheus = PrometheusEnabled(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName: BotTelemetry.Name))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(BotTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation();
                if (prometheus)
                {
                    // No cache: a scrape sees every measurement made before it.
                    metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        if (configuration[OtlpEndpointSetting] is { Length: > 0 })
        {
            telemetry.UseOtlpExporter();
        }

        if (configuration[AzureMonitorSetting] is { Length: > 0 })
        {
            telemetry.UseAzureMonitorExporter();
        }

        return services;
    }

    public static bool PrometheusEnabled(IConfiguration configuration) => configuration.GetValue<bool>(PrometheusSetting);

    /// <summary>Health probes and scrapes every few seconds would drown the turns in traces.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(PrometheusPath, StringComparison.Ordinal) || path.StartsWithSegments("/healthz", StringComparison.Ordinal) || path.StartsWithSegments("/readyz", StringComparison.Ordinal);
}
