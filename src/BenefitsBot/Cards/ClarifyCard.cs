using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>A close call: up to three questions to pick from, best first.</summary>
public static class ClarifyCard
{
    public static AdaptiveCard Create(IReadOnlyList<FaqSuggestion> suggestions, string userLanguage)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return new AdaptiveCard
        {
            Lang = userLanguage,
            FallbackText = BotTexts.Get("ClarifyPrompt", userLanguage),
            Body =
            [
                new TextBlock(BotTexts.Get("ClarifyPrompt", userLanguage)) { Wrap = true, Weight = TextWeight.Bolder },
                new ActionSet { Actions = [.. suggestions.Take(3).Select(s => ShowEntryAction.For(s.Entry, userLanguage))] },
            ],
        };
    }
}
