using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>Signature, issuer, audience and lifetime, with one key refresh on an unknown <c>kid</c> (key rollover).</summary>
public sealed partial class BotRequestAuthenticator
{
    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Configuration)> ValidateSignedAsync(
        string token,
        OpenIdMetadataCache metadata,
        IEnumerable<string> issuers,
        IEnumerable<string> audiences,
        CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(cancellationToken);
        var result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers, audiences));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            var refreshed = await metadata.RefreshAsync(configuration, cancellationToken);
            if (!ReferenceEquals(refreshed, configuration))
            {
                configuration = refreshed;
                result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers, audiences));
            }
        }

        return (result, configuration);
    }

    private static TokenValidationParameters Parameters(
        OpenIdConnectConfiguration configuration, IEnumerable<string> issuers, IEnumerable<string> audiences) => new()
    {
        ValidIssuers = issuers,
        ValidAudiences = audiences,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = BotAuthenticationConstants.AllowedSigningAlgorithms,
        ClockSkew = BotAuthenticationConstants.ClockSkew,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
    };

    /// <summary>A short, content-free reason for a failed validation.</summary>
    private static string Reason(TokenValidationResult result) => result.Exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidAudienceException => "invalid audience",
        SecurityTokenInvalidIssuerException => "invalid issuer",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenInvalidAlgorithmException => "token signing algorithm not allowed",
        _ => "invalid token",
    };

    /// <summary>botbuilder <c>JwtTokenValidation.GetAppIdFromClaims</c>: <c>appid</c> for v1 tokens, <c>azp</c> for v2.</summary>
    private static string? CallerAppId(JsonWebToken token)
    {
        var version = token.TryGetPayloadValue<string>(BotClaimNames.Version, out var ver) ? ver : null;
        var claim = version == "2.0" ? BotClaimNames.AuthorizedParty : BotClaimNames.AppId;
        return token.TryGetPayloadValue<string>(claim, out var appId) ? appId : null;
    }
}
