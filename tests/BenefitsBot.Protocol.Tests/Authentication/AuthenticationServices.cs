using BenefitsBot.Protocol.Authentication;
using BenefitsBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Protocol.Tests.Authentication;

/// <summary>The real DI registration pointed at the fake identity provider, as the host would configure it.</summary>
internal static class AuthenticationServices
{
    public const string AppId = "0b5f3c9e-8d2a-4c1e-9a37-6f1d2e4b8c70";
    public const string AppPassword = "test-secret";
    public const string TenantId = "7c2e9f41-3b6d-4a58-b1c0-d94e8a2f5e63";
    public const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    public static ServiceProvider Build(
        FakeIdentityProvider fake, IDictionary<string, string?>? settings = null, Action<BotAuthenticationOptions>? configure = null, TimeProvider? time = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["RequireHttpsMetadata"] = "false",
            ["ToBotFromChannelOpenIdMetadataUrl"] = fake.MetadataUrl,
            ["ToBotFromEntraOpenIdMetadataUrl"] = fake.EntraMetadataUrl(TenantId),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddBotAuthentication(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), configure);
        services.AddHttpClient(BotAuthenticationConstants.HttpClientName).AddHttpMessageHandler(fake.CreateRedirectHandler);
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static ServiceProvider SingleTenant(FakeIdentityProvider fake, Action<BotAuthenticationOptions>? configure = null) =>
        Build(fake, new Dictionary<string, string?> { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = TenantId }, configure);

    public static Task<BotAuthenticationResult> AuthenticateAsync(
        this ServiceProvider services, string? header, string? channelId = "msteams", string? serviceUrl = ServiceUrl) =>
        services.GetRequiredService<BotRequestAuthenticator>().AuthenticateAsync(header, channelId, serviceUrl, CancellationToken.None);
}
