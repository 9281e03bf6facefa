using Microsoft.Identity.Client;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// MultiTenant and SingleTenant bots: MSAL client credentials with the app secret. One MSAL app for the process,
/// so its in-memory token cache serves every call until shortly before expiry.
/// </summary>
internal sealed class ClientSecretBotTokenProvider(BotAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory)
    : IBotTokenProvider
{
    private readonly IConfidentialClientApplication application = ConfidentialClientApplicationBuilder
        .Create(options.MicrosoftAppId)
        .WithClientSecret(options.MicrosoftAppPassword)
        .WithAuthority(options.TokenAuthority)
        .WithHttpClientFactory(httpClientFactory)
        .Build();

    private readonly string[] scopes = [options.TokenScope];

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
