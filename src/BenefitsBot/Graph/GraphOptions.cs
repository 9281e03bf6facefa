namespace BenefitsBot.Graph;

/// <summary>
/// The <c>Graph</c> configuration section. Credentials: <c>Graph:ClientId</c>/<c>Graph:ClientSecret</c>, falling back to the
/// bot's own <c>MicrosoftAppId</c>/<c>MicrosoftAppPassword</c> (one app registration is simplest; a dedicated one keeps the
/// Graph permissions off the bot identity). <c>Graph:UseManagedIdentity=true</c> uses a managed identity instead (with
/// <c>Graph:ClientId</c> for a user-assigned one), which only has a token for its home tenant.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Named <see cref="IHttpClientFactory"/> client for Graph calls (Graph's retry/redirect/compression middleware inside).</summary>
    public const string HttpClientName = "BenefitsBot.Graph";

    /// <summary>Named client Azure.Identity uses for token requests.</summary>
    public const string IdentityHttpClientName = "BenefitsBot.Graph.Identity";

    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Token authority (national clouds: e.g. https://login.microsoftonline.us/).</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>When set, the only tenant this deployment serves (required with a managed identity): calls for any other tenant are refused.</summary>
    public string? TenantId { get; set; }

    public bool UseManagedIdentity { get; set; }

    /// <summary>Retries of 429/503/504 by the SDK's retry handler (0–10); each waits Retry-After when Graph sends it.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base back-off when Graph sends no Retry-After (doubles per retry; 0–180).</summary>
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>
    /// The most time the retry handler may spend waiting before it gives up and the call reports Throttled/Unavailable
    /// (a Teams invoke must be answered in seconds; a longer Retry-After is returned to the dialog instead). 0 = no limit.
    /// </summary>
    public int RetriesTimeLimitSeconds { get; set; } = 10;

    /// <summary>
    /// Development only (start-up refuses it elsewhere): read the built-in sample tenant instead of Graph while no credentials
    /// are configured, so the admin dialogs can be tried in the Agents Playground with no Azure. On in <c>appsettings.Development.json</c>.
    /// </summary>
    public bool SampleDirectory { get; set; }

    /// <summary>The sample is switched on and there is nothing to call Graph with; configured credentials always win.</summary>
    public bool UsesSampleDirectory =>
        SampleDirectory && !UseManagedIdentity && (string.IsNullOrEmpty(ClientId) || string.IsNullOrEmpty(ClientSecret));
}
