using Microsoft.Identity.Client;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>Hands MSAL pooled clients from <see cref="IHttpClientFactory"/> instead of letting it own sockets.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotAuthenticationConstants.HttpClientName);
}
