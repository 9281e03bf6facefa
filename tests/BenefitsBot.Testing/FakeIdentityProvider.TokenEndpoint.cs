using Microsoft.AspNetCore.Http;

namespace BenefitsBot.Testing;

/// <summary><c>POST /{tenant}/oauth2/v2.0/token</c> for client credentials, answering like Entra (bot-docs §token request).</summary>
public sealed partial class FakeIdentityProvider
{
    private async Task<IResult> IssueClientCredentialsTokenAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        string? clientId = form["client_id"], secret = form["client_secret"], scope = form["scope"], grantType = form["grant_type"];
        var known = clientId is not null && clientSecrets.TryGetValue(clientId, out var expected) && expected == secret;
        var status = grantType != "client_credentials" || scope is null || !scope.EndsWith("/.default", StringComparison.Ordinal)
            ? StatusCodes.Status400BadRequest
            : known ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;
        tokenRequests.Enqueue(new FakeIdentityProviderTokenRequest(tenant, clientId, scope, grantType, status));
        return status switch
        {
            StatusCodes.Status200OK => Results.Json(new
            {
                token_type = "Bearer",
                expires_in = 3599,
                ext_expires_in = 3599,
                access_token = IssueEntraToken(tenant, scope![..^"/.default".Length], clientId!),
            }),
            StatusCodes.Status401Unauthorized => Results.Json(
                new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: status),
            _ => Results.Json(new { error = "invalid_request", error_description = "AADSTS900144: bad grant or scope." }, statusCode: status),
        };
    }
}
