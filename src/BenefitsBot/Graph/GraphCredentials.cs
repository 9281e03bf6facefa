using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace BenefitsBot.Graph;

/// <summary>The app-only credential for one tenant: client secret (the multi-tenant app's token for that tenant) or managed identity.</summary>
internal static class GraphCredentials
{
    public static TokenCredential Create(GraphOptions options, string tenantId, HttpClient identityHttpClient)
    {
        var transport = new HttpClientTransport(identityHttpClient);
        if (options.UseManagedIdentity)
        {
            var id = options.ClientId is { Length: > 0 } clientId ? ManagedIdentityId.FromUserAssignedClientId(clientId) : ManagedIdentityId.SystemAssigned;
            return new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(id) { Transport = transport });
        }

        if (string.IsNullOrEmpty(options.ClientId) || string.IsNullOrEmpty(options.ClientSecret))
        {
            throw new TenantDirectoryException(
                TenantDirectoryErrorKind.NotConfigured,
                "Graph credentials are not configured: set Graph:ClientId and Graph:ClientSecret (or MicrosoftAppId and MicrosoftAppPassword), or Graph:UseManagedIdentity.",
                innerException: null);
        }

        return new ClientSecretCredential(
            tenantId,
            options.ClientId,
            options.ClientSecret,
            new ClientSecretCredentialOptions { AuthorityHost = options.AuthorityHost, Transport = transport });
    }
}
