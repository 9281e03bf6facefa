namespace BenefitsBot.Protocol.Connector;

/// <summary>Connector URLs under a serviceUrl. Ids are escaped: conversation ids contain <c>;messageid=</c>, <c>:</c> and <c>@</c>.</summary>
internal static class ConnectorPaths
{
    public static Uri Conversations(Uri serviceUrl) => Combine(serviceUrl, "v3/conversations");

    public static Uri Activities(Uri serviceUrl, string conversationId) =>
        Combine(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(Uri serviceUrl, string conversationId, string activityId) =>
        Combine(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri Members(Uri serviceUrl, string conversationId) =>
        Combine(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members");

    public static Uri Member(Uri serviceUrl, string conversationId, string memberId) =>
        Combine(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}");

    public static Uri PagedMembers(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken)
    {
        var query = new List<string>(2);
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers";
        return Combine(serviceUrl, query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
    }

    public static Uri Team(Uri serviceUrl, string teamId) => Combine(serviceUrl, $"v3/teams/{Escape(teamId)}");

    public static Uri TeamChannels(Uri serviceUrl, string teamId) => Combine(serviceUrl, $"v3/teams/{Escape(teamId)}/conversations");

    /// <summary>The serviceUrl as an absolute http(s) URL, or an <see cref="ArgumentException"/>.</summary>
    public static Uri ParseServiceUrl(string? serviceUrl, string parameterName) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? CheckServiceUrl(uri, parameterName)
        : throw new ArgumentException("The serviceUrl must be an absolute http(s) URL.", parameterName);

    public static Uri CheckServiceUrl(Uri serviceUrl, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl, parameterName);
        return serviceUrl.IsAbsoluteUri && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp)
            ? serviceUrl
            : throw new ArgumentException("The serviceUrl must be an absolute http(s) URL.", parameterName);
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    // serviceUrls may carry a path (".../teams/", ".../_connector"): keep it by making the base end in a slash.
    private static Uri Combine(Uri serviceUrl, string relative)
    {
        var baseText = serviceUrl.AbsoluteUri;
        return new Uri(baseText.EndsWith('/') ? baseText + relative : baseText + "/" + relative, UriKind.Absolute);
    }
}
