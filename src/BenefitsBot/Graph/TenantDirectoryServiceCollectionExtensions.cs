using System.Net;
using BenefitsBot.Protocol.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using BenefitsBot.Graph.Sample;
using Microsoft.Graph;

namespace BenefitsBot.Graph;

public static class TenantDirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITenantDirectory"/> over Microsoft Graph with <see cref="GraphOptions"/> bound from the <c>Graph</c>
    /// section (credentials fall back to MicrosoftAppId/MicrosoftAppPassword/MicrosoftAppTenantId). Nothing calls Graph until used.
    /// </summary>
    /// <param name="allowSampleDirectory">
    /// True in Development only: then <c>Graph:SampleDirectory</c> without credentials selects the built-in sample tenant.
    /// Elsewhere the setting is ignored here (and refused by the start-up check), so no deployment ever grants sample roles.
    /// </param>
    public static IServiceCollection AddTenantDirectory(this IServiceCollection services, IConfiguration configuration, bool allowSampleDirectory = false)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphOptions>()
            .Bind(configuration.GetSection(GraphOptions.SectionName))
            .PostConfigure(options =>
            {
                options.ClientId ??= configuration["MicrosoftAppId"];
                options.ClientSecret ??= configuration["MicrosoftAppPassword"];
                options.TenantId ??= configuration["MicrosoftAppTenantId"];
            });
        services.AddHttpClient(GraphOptions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, // Graph's RedirectHandler follows redirects itself
                AutomaticDecompression = DecompressionMethods.All,
            })
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                foreach (var handler in GraphHttpPipeline.CreateHandlers(sp.GetRequiredService<IOptions<GraphOptions>>().Value))
                {
                    handlers.Add(handler);
                }

                handlers.Add(new GraphCallMetering(sp.GetRequiredService<BotTelemetry>()));
            });
        services.AddHttpClient(GraphOptions.IdentityHttpClientName);
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();
        services.TryAddSingleton<GraphClientProvider>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GraphTenantDirectory>();
        services.TryAddSingleton<SampleTenantDirectory>();
        services.TryAddSingleton(sp => new TenantDirectorySource(allowSampleDirectory && sp.GetRequiredService<IOptions<GraphOptions>>().Value.UsesSampleDirectory));
        services.TryAddSingleton<ITenantDirectory>(sp => sp.GetRequiredService<TenantDirectorySource>().IsSample
            ? sp.GetRequiredService<SampleTenantDirectory>()
            : sp.GetRequiredService<GraphTenantDirectory>());
        return services;
    }
}
