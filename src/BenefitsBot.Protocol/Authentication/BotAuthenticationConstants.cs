namespace BenefitsBot.Protocol.Authentication;

/// <summary>Fixed values of the Bot Framework auth protocol (botbuilder-dotnet <c>AuthenticationConstants</c>).</summary>
public static class BotAuthenticationConstants
{
    /// <summary>The <c>iss</c> of tokens the Azure Bot Service channels send to a bot.</summary>
    public const string ChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>Where the channel signing keys (with endorsements) are published.</summary>
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra ID metadata used when no tenant is configured.</summary>
    public const string EntraCommonOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Base of the token authority for outbound calls.</summary>
    public const string LoginUrl = "https://login.microsoftonline.com/";

    /// <summary>The resource of the outbound token; <c>/.default</c> is appended for client credentials.</summary>
    public const string ChannelOAuthScope = "https://api.botframework.com";

    /// <summary>The authority tenant of multi-tenant bots.</summary>
    public const string MultiTenantAuthorityTenant = "botframework.com";

    /// <summary>The named <see cref="IHttpClientFactory"/> client used for metadata and token requests.</summary>
    public const string HttpClientName = "BenefitsBot.Protocol.Authentication";

    /// <summary>Clock skew tolerated on <c>exp</c> and <c>nbf</c> ("industry-standard 5 minutes", bot-docs).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The only signing algorithms a Bot Framework token may use.</summary>
    public static IReadOnlyList<string> AllowedSigningAlgorithms { get; } = ["RS256", "RS384", "RS512"];

    /// <summary>Hosts (suffix match) that may receive the bot token: Agents SDK <c>OutboundHostValidator</c> defaults.</summary>
    public static IReadOnlyList<string> DefaultServiceHosts { get; } =
    [
        "botframework.com",
        "smba.trafficmanager.net",
        "teams.microsoft.com",
        "teams.microsoft.us",
        "graph.microsoft.com",
        "sharepoint.com",
        "svc.ms",
        "blob.core.windows.net",
    ];
}
