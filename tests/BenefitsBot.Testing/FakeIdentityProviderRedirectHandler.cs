namespace BenefitsBot.Testing;

/// <summary>Rewrites scheme, host and port of every request to the fake identity provider, keeping path and query.</summary>
internal sealed class FakeIdentityProviderRedirectHandler(Uri target) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
