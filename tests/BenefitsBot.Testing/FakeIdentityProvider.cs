using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BenefitsBot.Testing;

/// <summary>
/// A loopback stand-in for login.botframework.com and login.microsoftonline.com: OpenID metadata and JWKS (channel keys
/// carry endorsements), RS256/384/512 tokens minted on demand, key rotation, and a client-credentials token endpoint
/// for the real MSAL client. Counts every request so tests can see caching and refreshes.
/// </summary>
public sealed partial class FakeIdentityProvider : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly WebApplication app;
    private readonly Lock keysLock = new();
    private readonly List<FakeIdentityProviderKey> channelKeys = [];
    private readonly FakeIdentityProviderKey entraKey = new("entra-key-1", endorsements: null);
    private readonly FakeIdentityProviderKey unpublishedKey = new("never-published", endorsements: null);
    private readonly ConcurrentDictionary<string, string> clientSecrets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeIdentityProviderTokenRequest> tokenRequests = new();
    private readonly IReadOnlyList<string> endorsements;
    private int channelMetadataRequests;
    private int channelKeyRequests;
    private int entraKeyRequests;

    private FakeIdentityProvider(WebApplication app, IReadOnlyList<string> endorsements)
    {
        this.app = app;
        this.endorsements = endorsements;
        channelKeys.Add(new FakeIdentityProviderKey("channel-key-1", endorsements));
    }

    /// <summary>Root of the fake, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The Bot Framework channel metadata (configure as <c>ToBotFromChannelOpenIdMetadataUrl</c>).</summary>
    public string MetadataUrl => new Uri(BaseUri, "/v1/.well-known/openidconfiguration").AbsoluteUri;

    public int ChannelMetadataRequests => Volatile.Read(ref channelMetadataRequests);

    /// <summary>While true, the channel metadata answers 503 (an outage of login.botframework.com); requests are still counted.</summary>
    public bool Unavailable { get; set; }

    public int ChannelKeyRequests => Volatile.Read(ref channelKeyRequests);

    public int EntraKeyRequests => Volatile.Read(ref entraKeyRequests);

    /// <summary>Client-credentials requests the token endpoint answered (successful or not), oldest first.</summary>
    public IReadOnlyList<FakeIdentityProviderTokenRequest> TokenRequests => [.. tokenRequests];

    /// <summary>The kid new channel tokens are signed with.</summary>
    public string CurrentChannelKeyId => CurrentChannelKey.KeyId;

    private FakeIdentityProviderKey CurrentChannelKey
    {
        get
        {
            lock (keysLock)
            {
                return channelKeys[^1];
            }
        }
    }

    /// <param name="endorsements">Channel ids the channel keys are endorsed for; default msteams and webchat.</param>
    public static async Task<FakeIdentityProvider> StartAsync(params string[] endorsements)
    {
        var fake = new FakeIdentityProvider(LoopbackWebServer.Create(), endorsements.Length > 0 ? endorsements : ["msteams", "webchat"]);
        fake.MapEndpoints();
        fake.BaseUri = await LoopbackWebServer.StartAsync(fake.app);
        return fake;
    }

    /// <summary>The Entra v2.0 metadata of a tenant (configure as <c>ToBotFromEntraOpenIdMetadataUrl</c>).</summary>
    public string EntraMetadataUrl(string tenantId) => new Uri(BaseUri, $"/{tenantId}/v2.0/.well-known/openid-configuration").AbsoluteUri;

    /// <summary>Lets the token endpoint issue tokens to <paramref name="clientId"/> for this secret.</summary>
    public void RegisterClient(string clientId, string secret) => clientSecrets[clientId] = secret;

    /// <summary>Publishes a new channel key and signs with it from now on; the old key stays published (a real rollover).</summary>
    public void RotateKeys()
    {
        lock (keysLock)
        {
            channelKeys.Add(new FakeIdentityProviderKey($"channel-key-{channelKeys.Count + 1}", endorsements));
        }
    }

    /// <summary>A handler that sends https requests for any host to this fake (MSAL insists on an https authority).</summary>
    public DelegatingHandler CreateRedirectHandler() => new FakeIdentityProviderRedirectHandler(BaseUri);

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        lock (keysLock)
        {
            channelKeys.ForEach(key => key.Dispose());
        }

        entraKey.Dispose();
        unpublishedKey.Dispose();
    }
}
