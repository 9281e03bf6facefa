namespace BenefitsBot.Protocol.Connector;

/// <summary>The bot token for outbound connector calls.</summary>
public interface IConnectorCredentials
{
    /// <summary>
    /// The bearer token to send to <paramref name="serviceUrl"/>, or null for an anonymous bot (no Authorization header).
    /// Throws <see cref="UnauthorizedServiceUrlException"/> when a token exists but the host is not allow-listed.
    /// </summary>
    ValueTask<string?> GetTokenForAsync(Uri serviceUrl, CancellationToken cancellationToken);
}
