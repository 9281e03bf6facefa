using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>Says plainly that the articles don't cover the question, and where to ask instead.</summary>
public static class NoAnswerCard
{
    public static AdaptiveCard Create(string userLanguage) => new()
    {
        Lang = userLanguage,
        FallbackText = BotTexts.Get("NoneText", userLanguage),
        Body =
        [
            new TextBlock(BotTexts.Get("NoneTitle", userLanguage)) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(BotTexts.Get("NoneText", userLanguage)) { Wrap = true },
            new TextBlock(BotTexts.Get("NoneRephrase", userLanguage)) { Wrap = true, IsSubtle = true },
        ],
    };
}
