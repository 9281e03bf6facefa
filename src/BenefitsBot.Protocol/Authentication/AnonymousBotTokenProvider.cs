namespace BenefitsBot.Protocol.Authentication;

/// <summary>No app id configured: botbuilder's <c>MicrosoftAppCredentials.Empty</c>, no Authorization header at all.</summary>
internal sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
