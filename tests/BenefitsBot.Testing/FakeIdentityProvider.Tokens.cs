using System.Security.Cryptography;

namespace BenefitsBot.Testing;

/// <summary>Minting: channel tokens as ABS sends them, Entra v1/v2 tokens, and forgeries.</summary>
public sealed partial class FakeIdentityProvider
{
    /// <summary>A Bot Framework channel token (<c>iss</c> https://api.botframework.com) for the bot <paramref name="audience"/>.</summary>
    public string IssueChannelToken(string audience, string? serviceUrl, FakeIdentityProviderTokenOptions? options = null)
    {
        var claims = new Dictionary<string, object?> { ["aud"] = audience, ["serviceurl"] = serviceUrl };
        return Mint(CurrentChannelKey, options?.Issuer ?? ChannelIssuer, claims, options ?? new FakeIdentityProviderTokenOptions());
    }

    /// <summary>An Entra token of <paramref name="tenantId"/>; version "1.0" carries <c>appid</c>, "2.0" carries <c>azp</c>.</summary>
    public string IssueEntraToken(string tenantId, string audience, string callerAppId, string version = "2.0", FakeIdentityProviderTokenOptions? options = null)
    {
        var issuer = version == "1.0" ? $"https://sts.windows.net/{tenantId}/" : $"https://login.microsoftonline.com/{tenantId}/v2.0";
        var claims = new Dictionary<string, object?>
        {
            ["aud"] = audience,
            ["tid"] = tenantId,
            ["ver"] = version,
            [version == "1.0" ? "appid" : "azp"] = callerAppId,
        };
        return Mint(entraKey, options?.Issuer ?? issuer, claims, options ?? new FakeIdentityProviderTokenOptions());
    }

    private string Mint(FakeIdentityProviderKey publishedKey, string issuer, Dictionary<string, object?> claims, FakeIdentityProviderTokenOptions options)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new Dictionary<string, object?>
        {
            ["iss"] = issuer,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = (options.NotBefore ?? now.AddMinutes(-1)).ToUnixTimeSeconds(),
            ["exp"] = (options.ExpiresAt ?? now.AddHours(1)).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in claims.Concat(options.Claims))
        {
            payload[name] = value;
        }

        var key = options.Signature == FakeIdentityProviderSignature.UnpublishedKey ? unpublishedKey : publishedKey;
        var (algorithm, sign) = options.Signature switch
        {
            FakeIdentityProviderSignature.None => ("none", null),
            FakeIdentityProviderSignature.HmacWithPublicKey => ("HS256", FakeIdentityProviderJwt.Hmac(key.Rsa.ExportParameters(false).Modulus!)),
            _ => (options.Algorithm, FakeIdentityProviderJwt.Rsa(key.Rsa, options.Algorithm)),
        };
        var header = new Dictionary<string, object?> { ["alg"] = algorithm, ["typ"] = "JWT", ["kid"] = key.KeyId };
        return FakeIdentityProviderJwt.Encode(header, payload, sign);
    }
}
