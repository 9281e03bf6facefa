using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace BenefitsBot.Graph;

/// <summary>
/// Builds a <see cref="GraphServiceClient"/> per call over the pooled Graph <see cref="HttpClient"/>; keeps one credential per
/// tenant because the credential holds that tenant's token cache.
/// </summary>
internal sealed class GraphClientProvider(IOptions<GraphOptions> options, IHttpClientFactory httpClientFactory)
{
    private readonly ConcurrentDictionary<string, AzureIdentityAuthenticationProvider> authenticators = new(StringComparer.OrdinalIgnoreCase);

    public GraphServiceClient ForTenant(string tenantId)
    {
        var settings = options.Value;
        if (!Guid.TryParse(tenantId, out _))
        {
            // Activities from local tools (the Agents Playground) carry made-up tenant ids: a directory failure the dialogs explain, not a crash.
            throw new TenantDirectoryException(
                TenantDirectoryErrorKind.AuthenticationFailed,
                $"'{tenantId}' is not an Entra tenant id (a GUID), so there is no directory to read.",
                innerException: null);
        }

        if (settings.TenantId is { Length: > 0 } served && !string.Equals(served, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            throw new TenantDirectoryException(
                TenantDirectoryErrorKind.AuthenticationFailed,
                $"This deployment reads the directory of tenant {served} only (Graph:TenantId), not {tenantId}.",
                innerException: null);
        }

        var authenticator = authenticators.GetOrAdd(tenantId, CreateAuthenticator);
        return new GraphServiceClient(httpClientFactory.CreateClient(GraphOptions.HttpClientName), authenticator, settings.BaseUrl.AbsoluteUri.TrimEnd('/'));
    }

    private AzureIdentityAuthenticationProvider CreateAuthenticator(string tenantId)
    {
        var settings = options.Value;
        var credential = GraphCredentials.Create(settings, tenantId, httpClientFactory.CreateClient(GraphOptions.IdentityHttpClientName));

        // allowedHosts must name the configured Graph host: the provider silently sends no token to any host not listed.
        return new AzureIdentityAuthenticationProvider(credential, allowedHosts: [settings.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: false, scopes: [settings.Scope]);
    }
}
