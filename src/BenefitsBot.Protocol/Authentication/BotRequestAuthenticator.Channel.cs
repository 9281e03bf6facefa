namespace BenefitsBot.Protocol.Authentication;

/// <summary>Tokens from the Bot Framework channels (<c>iss</c> https://api.botframework.com): reference §1.2 step 3.</summary>
public sealed partial class BotRequestAuthenticator
{
    private async Task<BotAuthenticationResult> ValidateChannelTokenAsync(
        string token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var (result, configuration) = await ValidateSignedAsync(
            token, channelMetadata, [BotAuthenticationConstants.ChannelTokenIssuer], [options.MicrosoftAppId!], cancellationToken);
        if (!result.IsValid)
        {
            return BotAuthenticationResult.Failure(Reason(result));
        }

        var validated = (Microsoft.IdentityModel.JsonWebTokens.JsonWebToken)result.SecurityToken;
        var endorsementProblem = SigningKeyEndorsements.Check(configuration, validated.SigningKey?.KeyId ?? validated.Kid, channelId);
        if (endorsementProblem is not null)
        {
            return BotAuthenticationResult.Failure(endorsementProblem);
        }

        if (serviceUrl is not null)
        {
            if (!validated.TryGetPayloadValue<string>(BotClaimNames.ServiceUrl, out var claimed))
            {
                return BotAuthenticationResult.Failure("missing serviceurl claim");
            }

            if (!string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return BotAuthenticationResult.Failure("serviceurl claim mismatch");
            }
        }

        return BotAuthenticationResult.Success(result.ClaimsIdentity, CallerAppId(validated));
    }
}
