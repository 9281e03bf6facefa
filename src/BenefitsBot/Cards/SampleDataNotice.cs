using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Graph;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>
/// While the bot reads the built-in sample directory, every card it sends says so on top, so nobody takes the sample's
/// users, seats or roles for their own tenant's. The one place that adds it is where cards leave the bot.
/// </summary>
public sealed class SampleDataNotice(TenantDirectorySource directory)
{
    /// <summary><paramref name="card"/> itself when the directory is real; else a copy with the notice above its body, in the card's language.</summary>
    public AdaptiveCard Mark(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!directory.IsSample)
        {
            return card;
        }

        var notice = new Container
        {
            Style = ContainerStyle.Warning,
            Items = [new TextBlock(BotTexts.Get("SampleDirectoryNotice", UserLanguage.FromLocale(card.Lang))) { Wrap = true }],
        };
        return new AdaptiveCard
        {
            Schema = card.Schema,
            Version = card.Version,
            Lang = card.Lang,
            FallbackText = card.FallbackText,
            Speak = card.Speak,
            MsTeams = card.MsTeams,
            Refresh = card.Refresh,
            Body = [notice, .. card.Body],
            Actions = card.Actions,
        };
    }
}
