namespace BenefitsBot.Protocol.Connector;

/// <summary>One connector call, ready to be sent (again, on retry).</summary>
internal sealed record ConnectorRequest(
    string Operation,
    HttpMethod Method,
    Uri ServiceUrl,
    Uri Uri,
    byte[]? Body,
    string? ConversationId,
    string? TenantId,
    string? RateLimitKey)
{
    public HttpRequestMessage ToMessage(string? token)
    {
        var message = new HttpRequestMessage(Method, Uri);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        if (token is not null)
        {
            message.Headers.Authorization = new("Bearer", token);
        }

        return message;
    }
}
