namespace BenefitsBot.Protocol.Authentication;

/// <summary>The bot's outbound token for the Bot Connector. Check <see cref="ServiceUrlAllowList"/> before sending it anywhere.</summary>
public interface IBotTokenProvider
{
    /// <summary>The access token, or null when the bot is anonymous (then send no Authorization header).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
