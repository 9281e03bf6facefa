using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace BenefitsBot.Graph;

public static class TenantDirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITenantDirectory"/> over Microsoft Graph with <see cref="GraphOptions"/> bound from the <c>Graph</c>
    /// section (credentials fall back to MicrosoftAppId/MicrosoftAppPassword/MicrosoftAppTenantId). Nothing calls Graph until used.
    /// </summary>
    public static IServiceCollection AddTenantDirectory(this IServiceCollection services, IConfiguration configuration)
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
            });
        services.AddHttpClient(GraphOptions.IdentityHttpClientName);
        services.TryAddSingleton<GraphClientProvider>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITenantDirectory, GraphTenantDirectory>();
        return services;
    }
}
