namespace BenefitsBot.Testing;

/// <summary>
/// Sends https requests (MSAL insists on an https authority) to the plain-http fake identity provider, keeping path
/// and query; plain http requests go where they were addressed.
/// </summary>
internal sealed class FakeIdentityProviderRedirectHandler(Uri target) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { Scheme: "https" } address)
        {
            request.RequestUri = new UriBuilder(address) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
