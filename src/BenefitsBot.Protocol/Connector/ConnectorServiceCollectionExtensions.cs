using BenefitsBot.Protocol.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the connector client, its named <see cref="HttpClient"/>, rate limiter, options (section <c>Connector</c> of
    /// <paramref name="configuration"/>) and <see cref="IProactiveMessenger"/>. <see cref="IConnectorCredentials"/> is registered by the caller.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .Validate(o => o.MaxRetries >= 0 && o.BaseDelay >= TimeSpan.Zero && o.MaxDelay >= o.BaseDelay && o.AttemptTimeout > TimeSpan.Zero, "Connector retry settings are out of range.")
            .Validate(o => (o.ConversationRateLimits ?? []).Concat(o.TenantRateLimits ?? []).All(w => w.PermitLimit > 0 && w.Window > TimeSpan.Zero), "Connector rate limits need a positive limit and window.")
            .ValidateOnStart();
        services.AddHttpClient(ConnectorOptions.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConnectorRateLimiter>();
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<IProactiveMessenger, ProactiveMessenger>();
        return services;
    }
}
