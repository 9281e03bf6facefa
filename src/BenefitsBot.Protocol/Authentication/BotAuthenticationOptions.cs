namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// Bot identity and token settings, read from the configuration root with the botbuilder key names
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, ...).
/// </summary>
public sealed class BotAuthenticationOptions
{
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Framework channel signing keys.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = BotAuthenticationConstants.ChannelOpenIdMetadataUrl;

    /// <summary>OpenID metadata for Entra-issued tokens; unset means the configured tenant's, or <c>common</c>.</summary>
    public string? ToBotFromEntraOpenIdMetadataUrl { get; set; }

    /// <summary>Base of the outbound token authority.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = BotAuthenticationConstants.LoginUrl;

    /// <summary>Resource of the outbound token.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = BotAuthenticationConstants.ChannelOAuthScope;

    /// <summary>Metadata must come over https; only tests against a loopback identity provider turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Hosts (suffix match) the bot token may be sent to: the defaults plus configured extras.</summary>
    public IList<string> AllowedServiceHosts { get; } = [.. BotAuthenticationConstants.DefaultServiceHosts];

    /// <summary>
    /// App ids besides the bot's own that may call it with an Entra-issued token (<c>appid</c>/<c>azp</c>).
    /// Empty by default: only tokens the bot minted with its own credentials pass (botbuilder's rule).
    /// </summary>
    public IList<string> AllowedEntraCallers { get; } = [];

    /// <summary>
    /// Accept requests without a token when no app id is configured. Not read from configuration:
    /// the host sets it, and only in Development.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Least time between two key refreshes forced by an unknown <c>kid</c>, so forged kids cannot hammer the IdP.</summary>
    public TimeSpan ForcedKeyRefreshMinimumInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries of a failed metadata or key fetch, shared by all requests (fixed in code; tests shorten it).</summary>
    public MetadataRetryPolicy MetadataRetry { get; set; } = MetadataRetryPolicy.Default;

    /// <summary>No app id: no inbound token check and no outbound token.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Single-tenant and managed-identity bots also accept Entra tokens issued by their own tenant.</summary>
    public bool AcceptsEntraTokens =>
        MicrosoftAppType is BotAppType.SingleTenant or BotAppType.UserAssignedMsi
        && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId);

    /// <summary>The Entra metadata actually used: explicit, else the tenant's v2.0 document, else <c>common</c>.</summary>
    public string EntraOpenIdMetadataUrl =>
        ToBotFromEntraOpenIdMetadataUrl
        ?? (string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? BotAuthenticationConstants.EntraCommonOpenIdMetadataUrl
            : $"{LoginBase}/{MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration");

    /// <summary>The outbound authority: <c>{login}/{tenant}</c> for single tenant, <c>{login}/botframework.com</c> otherwise.</summary>
    public string TokenAuthority =>
        $"{LoginBase}/{(MicrosoftAppType == BotAppType.SingleTenant ? MicrosoftAppTenantId : BotAuthenticationConstants.MultiTenantAuthorityTenant)}";

    /// <summary>The client-credentials scope: the resource plus <c>/.default</c>.</summary>
    public string TokenScope => $"{ToChannelFromBotOAuthScope.TrimEnd('/')}/.default";

    private string LoginBase => ToChannelFromBotLoginUrl.TrimEnd('/');
}
