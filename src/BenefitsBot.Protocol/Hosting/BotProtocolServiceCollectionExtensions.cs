using BenefitsBot.Protocol.Authentication;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Protocol.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BenefitsBot.Protocol.Hosting;

public static class BotProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers the channel protocol around <typeparamref name="TBot"/>: inbound authentication, the connector client with
    /// the bot token sent only to allow-listed hosts, and the turn pipeline behind <c>/api/messages</c>.
    /// </summary>
    /// <param name="allowAnonymous">True only in Development: accept unauthenticated requests while no MicrosoftAppId is set.</param>
    public static IServiceCollection AddBotProtocol<TBot>(this IServiceCollection services, IConfiguration configuration, bool allowAnonymous)
        where TBot : class, IBot
    {
        services.AddBotAuthentication(configuration, options => options.AllowAnonymous = allowAnonymous);
        services.AddBotConnector(configuration);
        services.TryAddSingleton<IConnectorCredentials>(sp =>
        {
            var tokens = sp.GetRequiredService<IBotTokenProvider>();
            var allowList = sp.GetRequiredService<ServiceUrlAllowList>();
            return new AllowListedConnectorCredentials(tokens.GetTokenAsync, allowList.IsAllowed);
        });
        services.TryAddSingleton<IActivitySenderFactory, ConnectorActivitySenderFactory>();
        services.TryAddSingleton<ActivityProcessor>();
        services.TryAddSingleton<IBot, TBot>();
        return services;
    }
}
