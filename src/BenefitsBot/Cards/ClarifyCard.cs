using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>A close call: up to three questions to pick from, best first.</summary>
public static class ClarifyCard
{
    /// <param name="question">The user's words: the pick is suggested to the admins as another way to ask the chosen entry.</param>
    public static AdaptiveCard Create(IReadOnlyList<FaqSuggestion> suggestions, string userLanguage, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return new AdaptiveCard
        {
            Lang = userLanguage,
            FallbackText = BotTexts.Get("ClarifyPrompt", userLanguage),
            Body =
            [
                new TextBlock(BotTexts.Get("ClarifyPrompt", userLanguage)) { Wrap = true, Weight = TextWeight.Bolder },
                .. EntryLinkList.Create(suggestions.Take(3).Select(s => s.Entry), userLanguage, question, ShowEntryAction.FromClarify),
            ],
        };
    }
}
