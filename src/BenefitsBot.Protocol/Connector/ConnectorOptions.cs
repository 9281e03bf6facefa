namespace BenefitsBot.Protocol.Connector;

/// <summary>Retry and rate-limit settings of the connector client (configuration section <c>Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>The name of the <see cref="HttpClient"/> the client takes from <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "BenefitsBot.Connector";

    /// <summary>Retries after the first attempt (429, 412, 502, 503, 504, network errors, attempt timeouts).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; it doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The cap on any single wait, including a longer <c>Retry-After</c>.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one HTTP attempt may take before it counts as failed and is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Per bot per conversation limits for sends and create-conversation; null = Teams' 7/1 s, 8/2 s, 60/30 s, 1800/3600 s.
    /// (A null default, because configuration binding appends to a pre-filled list.)
    /// </summary>
    public IList<RateLimitWindow>? ConversationRateLimits { get; set; }

    /// <summary>Limits for all calls of the app in one tenant; null = 30 per second (Teams documents 30–50 RPS).</summary>
    public IList<RateLimitWindow>? TenantRateLimits { get; set; }

    /// <summary>
    /// How finely a window slides. Each window is widened by one segment so that a permit is only reused a full window
    /// after it was taken: the limit holds in every span, not only in aligned ones.
    /// </summary>
    public int SegmentsPerWindow { get; set; } = 10;

    public static IReadOnlyList<RateLimitWindow> TeamsConversationLimits { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    public static IReadOnlyList<RateLimitWindow> DefaultTenantLimits { get; } = [new(30, TimeSpan.FromSeconds(1))];

    internal IReadOnlyList<RateLimitWindow> EffectiveConversationRateLimits =>
        ConversationRateLimits is { Count: > 0 } limits ? [.. limits] : TeamsConversationLimits;

    internal IReadOnlyList<RateLimitWindow> EffectiveTenantRateLimits =>
        TenantRateLimits is { Count: > 0 } limits ? [.. limits] : DefaultTenantLimits;
}
