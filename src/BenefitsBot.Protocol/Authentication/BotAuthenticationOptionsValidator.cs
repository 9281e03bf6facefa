using Microsoft.Extensions.Options;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>The botbuilder credential rules (reference §2.1) plus the fail-closed anonymous rule, checked at startup.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(BotAuthenticationOptions options)
    {
        var type = options.MicrosoftAppType;
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        if (options.IsAnonymous)
        {
            if (!options.AllowAnonymous)
            {
                yield return "MicrosoftAppId is required: without it the bot accepts unauthenticated requests, which is allowed only in Development. Set MicrosoftAppId (and MicrosoftAppPassword) through user-secrets or environment variables.";
            }

            if (type != BotAppType.MultiTenant)
            {
                yield return $"MicrosoftAppId is required for {type} in configuration.";
            }

            if (hasPassword)
            {
                yield return "MicrosoftAppPassword is set but MicrosoftAppId is not.";
            }
        }
        else if (type == BotAppType.UserAssignedMsi && hasPassword)
        {
            yield return "MicrosoftAppPassword must not be set for UserAssignedMsi: a managed identity has no secret.";
        }
        else if (type != BotAppType.UserAssignedMsi && !hasPassword)
        {
            yield return $"MicrosoftAppPassword is required for {type} in configuration.";
        }

        if (type != BotAppType.MultiTenant && !hasTenant)
        {
            yield return $"MicrosoftAppTenantId is required for {type} in configuration.";
        }

        foreach (var problem in UrlProblems(options))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> UrlProblems(BotAuthenticationOptions options)
    {
        (string Key, string Value, bool Metadata)[] urls =
        [
            (nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl, true),
            (nameof(options.ToBotFromEntraOpenIdMetadataUrl), options.EntraOpenIdMetadataUrl, true),
            (nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl, false),
            (nameof(options.ToChannelFromBotOAuthScope), options.ToChannelFromBotOAuthScope, false),
        ];
        foreach (var (key, value, metadata) in urls)
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
            {
                yield return $"{key} must be an absolute URL.";
            }
            else if (metadata && options.RequireHttpsMetadata && uri.Scheme != Uri.UriSchemeHttps)
            {
                yield return $"{key} must use https (RequireHttpsMetadata is on).";
            }
        }
    }
}
