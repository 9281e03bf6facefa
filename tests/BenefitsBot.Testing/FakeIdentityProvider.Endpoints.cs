using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BenefitsBot.Testing;

/// <summary>The metadata and key documents, in the shapes login.botframework.com and Entra serve them.</summary>
public sealed partial class FakeIdentityProvider
{
    private static readonly string[] SigningAlgorithms = ["RS256", "RS384", "RS512"];

    private void MapEndpoints()
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref channelMetadataRequests);
            return Unavailable
                ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
                : Results.Json(Metadata(ChannelIssuer, "/v1/.well-known/keys"));
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref channelKeyRequests);
            lock (keysLock)
            {
                return Results.Json(new { keys = channelKeys.Select(key => key.ToJwk()).ToArray() });
            }
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Results.Json(Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", "/common/discovery/v2.0/keys")));
        app.MapGet("/common/discovery/v2.0/keys", () =>
        {
            Interlocked.Increment(ref entraKeyRequests);
            return Results.Json(new { keys = new[] { entraKey.ToJwk() } });
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant, HttpRequest request) => IssueClientCredentialsTokenAsync(tenant, request));
    }

    private Dictionary<string, object> Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = new Uri(BaseUri, "/oauth2/v2.0/authorize").AbsoluteUri,
        ["jwks_uri"] = new Uri(BaseUri, keysPath).AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    };
}
