using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>UserAssignedMsi bots: MSAL managed identity with the app id as the user-assigned client id (botbuilder <c>ManagedIdentityAuthenticator</c>).</summary>
internal sealed class ManagedIdentityBotTokenProvider(BotAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory)
    : IBotTokenProvider
{
    private readonly IManagedIdentityApplication application = ManagedIdentityApplicationBuilder
        .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
        .WithHttpClientFactory(httpClientFactory)
        .Build();

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForManagedIdentity(options.ToChannelFromBotOAuthScope).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
