using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>The answer to "hi" and "help": what the bot can do today, in the user's language.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Create(string language) => new()
    {
        Lang = language,
        FallbackText = BotTexts.Get("WelcomeIntro", language),
        Body =
        [
            new TextBlock(BotTexts.Get("WelcomeTitle", language)) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(BotTexts.Get("WelcomeIntro", language)) { Wrap = true },
            new TextBlock(BotTexts.Get("WelcomeCanDo", language)) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(string.Join("\r", Capabilities(language).Select(c => "- " + c))) { Wrap = true },
            new TextBlock(BotTexts.Get("WelcomeHint", language)) { Wrap = true, IsSubtle = true },
        ],
    };

    private static IEnumerable<string> Capabilities(string language) =>
    [
        BotTexts.Get("CapabilityFaq", language),
        BotTexts.Get("CapabilityDates", language),
        DialogTexts.Get("CapabilityMyBenefits", language),
        DialogTexts.Get("CapabilityAdmin", language),
    ];
}
