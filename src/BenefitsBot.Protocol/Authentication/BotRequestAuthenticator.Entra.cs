using Microsoft.IdentityModel.JsonWebTokens;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// Entra-issued tokens, accepted only by single-tenant / managed-identity bots and only from the configured tenant.
/// Strict on purpose: issuer of that tenant and matching <c>ver</c>, <c>tid</c> = tenant, <c>aud</c> = the app id
/// (or its <c>api://</c> forms, as the Teams SDK accepts), and the caller (<c>appid</c> v1 / <c>azp</c> v2) = the app id
/// or one of <see cref="BotAuthenticationOptions.AllowedEntraCallers"/> (botbuilder's emulator-token rule).
/// </summary>
public sealed partial class BotRequestAuthenticator
{
    /// <summary>The tenant issuers when <paramref name="token"/> claims one of them, else null (no network for strangers).</summary>
    private string[]? EntraIssuers(JsonWebToken token)
    {
        if (!options.AcceptsEntraTokens)
        {
            return null;
        }

        string[] issuers = [$"https://sts.windows.net/{options.MicrosoftAppTenantId}/", $"https://login.microsoftonline.com/{options.MicrosoftAppTenantId}/v2.0"];
        return issuers.Contains(token.Issuer, StringComparer.Ordinal) ? issuers : null;
    }

    private async Task<BotAuthenticationResult> ValidateEntraTokenAsync(string token, string[] issuers, CancellationToken cancellationToken)
    {
        var appId = options.MicrosoftAppId!;
        var (result, _) = await ValidateSignedAsync(
            token, entraMetadata, issuers, [appId, $"api://{appId}", $"api://botid-{appId}"], cancellationToken);
        if (!result.IsValid)
        {
            return BotAuthenticationResult.Failure(Reason(result));
        }

        var validated = (JsonWebToken)result.SecurityToken;
        var version = validated.TryGetPayloadValue<string>(BotClaimNames.Version, out var ver) ? ver : null;
        var expectedIssuer = version switch { "1.0" => issuers[0], "2.0" => issuers[1], _ => null };
        if (expectedIssuer != validated.Issuer)
        {
            return BotAuthenticationResult.Failure("token version does not match its issuer");
        }

        if (!validated.TryGetPayloadValue<string>(BotClaimNames.TenantId, out var tenant)
            || !string.Equals(tenant, options.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failure("token tenant does not match");
        }

        var caller = CallerAppId(validated);
        var allowed = caller == appId || (caller is not null && options.AllowedEntraCallers.Contains(caller, StringComparer.OrdinalIgnoreCase));
        return allowed
            ? BotAuthenticationResult.Success(result.ClaimsIdentity, caller)
            : BotAuthenticationResult.Failure("calling app is not allowed");
    }
}
