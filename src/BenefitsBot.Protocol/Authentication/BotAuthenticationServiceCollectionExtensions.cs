using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BenefitsBot.Protocol.Authentication;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BotAuthenticationOptions"/> (read from the configuration root, validated at startup),
    /// <see cref="BotRequestAuthenticator"/>, <see cref="IBotTokenProvider"/> and <see cref="ServiceUrlAllowList"/>.
    /// The host passes <paramref name="configure"/> to set <see cref="BotAuthenticationOptions.AllowAnonymous"/> in Development.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(
        this IServiceCollection services, IConfiguration configuration, Action<BotAuthenticationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotAuthenticationOptions>()
            .Configure(options =>
            {
                BotAuthenticationOptionsBinder.Bind(configuration, options);
                configure?.Invoke(options);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddHttpClient(BotAuthenticationConstants.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<BotRequestAuthenticator>();
        services.TryAddSingleton<ServiceUrlAllowList>();
        services.TryAddSingleton(CreateTokenProvider);
        return services;
    }

    /// <summary>
    /// The problems <see cref="AddBotAuthentication"/> would refuse at start-up, as sentences for the operator. A host checks them
    /// before it starts, so a bad setting ends with the message and no stack trace.
    /// </summary>
    /// <param name="allowAnonymous">What the host will pass as <see cref="BotAuthenticationOptions.AllowAnonymous"/>.</param>
    public static IReadOnlyList<string> FindBotAuthenticationProblems(this IConfiguration configuration, bool allowAnonymous)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BotAuthenticationOptions { AllowAnonymous = allowAnonymous };
        BotAuthenticationOptionsBinder.Bind(configuration, options);
        var result = new BotAuthenticationOptionsValidator().Validate(null, options);
        return result.Failed ? [.. result.Failures ?? []] : [];
    }

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var http = services.GetRequiredService<IMsalHttpClientFactory>();
        return options.IsAnonymous ? new AnonymousBotTokenProvider()
            : options.MicrosoftAppType == BotAppType.UserAssignedMsi ? new ManagedIdentityBotTokenProvider(options, http)
            : new ClientSecretBotTokenProvider(options, http);
    }
}
