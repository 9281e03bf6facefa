namespace BenefitsBot.AdaptiveCards.Actions;

public sealed class OpenUrlAction(Uri url) : CardAction
{
    public Uri Url { get; } = url;
}
