namespace BenefitsBot.Protocol.Connector;

/// <summary>The bot token would have gone to a service host that is not allow-listed; the request was not sent.</summary>
public sealed class UnauthorizedServiceUrlException : ConnectorException
{
    public UnauthorizedServiceUrlException()
        : this("The service URL is not allow-listed for the bot token.")
    {
    }

    public UnauthorizedServiceUrlException(string message)
        : base(ConnectorFailureKind.UntrustedServiceUrl, message)
    {
    }

    public UnauthorizedServiceUrlException(string message, Exception innerException)
        : base(ConnectorFailureKind.UntrustedServiceUrl, message, innerException: innerException)
    {
    }

    public UnauthorizedServiceUrlException(Uri serviceUrl)
        : this($"Refusing to send the bot token to '{serviceUrl?.GetLeftPart(UriPartial.Authority)}': the host is not allow-listed.")
    {
        ServiceUrl = serviceUrl;
    }

    public Uri? ServiceUrl { get; }
}
