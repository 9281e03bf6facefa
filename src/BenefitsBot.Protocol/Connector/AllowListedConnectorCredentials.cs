namespace BenefitsBot.Protocol.Connector;

/// <summary>Hands out the bot token only for allow-listed service hosts; anonymous bots (null token) may talk to any host.</summary>
public sealed class AllowListedConnectorCredentials(
    Func<CancellationToken, ValueTask<string?>> tokenSource,
    Func<Uri, bool> isAllowed) : IConnectorCredentials
{
    public async ValueTask<string?> GetTokenForAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var token = await tokenSource(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        return isAllowed(serviceUrl) ? token : throw new UnauthorizedServiceUrlException(serviceUrl);
    }
}
