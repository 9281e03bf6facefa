using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// Checks the <c>Authorization</c> header of an inbound activity the way botbuilder's <c>JwtTokenValidation</c> does
/// (reference §1): Bot Framework channel tokens, and Entra tokens of the bot's own tenant for single-tenant bots.
/// Called after the body is read, because the endorsement and <c>serviceurl</c> checks need the activity.
/// </summary>
public sealed partial class BotRequestAuthenticator : IDisposable
{
    private readonly BotAuthenticationOptions options;
    private readonly JsonWebTokenHandler handler = new();
    private readonly OpenIdMetadataCache channelMetadata;
    private readonly OpenIdMetadataCache entraMetadata;
    private readonly ILogger<BotRequestAuthenticator> logger;

    public BotRequestAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILogger<BotRequestAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        channelMetadata = new(this.options.ToBotFromChannelOpenIdMetadataUrl, this.options, httpClientFactory, time, logger);
        entraMetadata = new(this.options.EntraOpenIdMetadataUrl, this.options, httpClientFactory, time, logger);
    }

    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or null when absent.</param>
    /// <param name="channelId">The activity's <c>channelId</c>; must be endorsed by the signing key.</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>; must equal the token's <c>serviceurl</c> claim when not null.</param>
    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var result = await CheckAsync(authorizationHeader, channelId, serviceUrl, cancellationToken);
        if (!result.Succeeded)
        {
            LogRejected(logger, channelId, result.FailureReason);
        }

        return result;
    }

    private async Task<BotAuthenticationResult> CheckAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return options.IsAnonymous && options.AllowAnonymous
                ? BotAuthenticationResult.Anonymous()
                : BotAuthenticationResult.Failure("no Authorization header");
        }

        if (options.IsAnonymous)
        {
            return BotAuthenticationResult.Failure("a token was sent but no MicrosoftAppId is configured to check it against");
        }

        if (!BearerToken.TryRead(authorizationHeader, out var token))
        {
            return BotAuthenticationResult.Failure("the Authorization scheme must be 'Bearer <token>'");
        }

        var jwt = TryParse(token);
        if (jwt is null)
        {
            return BotAuthenticationResult.Failure("malformed token");
        }

        if (!BotAuthenticationConstants.AllowedSigningAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return BotAuthenticationResult.Failure("token signing algorithm not allowed");
        }

        try
        {
            return jwt.Issuer == BotAuthenticationConstants.ChannelTokenIssuer
                ? await ValidateChannelTokenAsync(token, channelId, serviceUrl, cancellationToken)
                : EntraIssuers(jwt) is { } issuers
                    ? await ValidateEntraTokenAsync(token, issuers, cancellationToken)
                    : BotAuthenticationResult.Failure("untrusted token issuer");
        }
        catch (OpenIdMetadataUnavailableException ex)
        {
            return BotAuthenticationResult.Unavailable($"signing keys unavailable ({ex.Message})");
        }
    }

    /// <summary>Reads the token without validating it; null when it is not a well-formed JWS.</summary>
    private JsonWebToken? TryParse(string token)
    {
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null; // bad base64 or JSON inside an otherwise well-shaped token
        }
    }

    public void Dispose()
    {
        channelMetadata.Dispose();
        entraMetadata.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound request rejected for channel {ChannelId}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string? channelId, string reason);
}
