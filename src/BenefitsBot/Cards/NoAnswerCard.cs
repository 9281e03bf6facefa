using BenefitsBot.AdaptiveCards;
using BenefitsBot.AdaptiveCards.Elements;
using BenefitsBot.Localization;

namespace BenefitsBot.Cards;

/// <summary>Says plainly that the articles don't cover the question, and offers to send it to the company's admins.</summary>
public static class NoAnswerCard
{
    /// <param name="question">The user's question, prefilled in the "Ask your admins" box.</param>
    public static AdaptiveCard Create(string userLanguage, string? question = null) => new()
    {
        Lang = userLanguage,
        FallbackText = BotTexts.Get("NoneText", userLanguage),
        Body =
        [
            new TextBlock(BotTexts.Get("NoneTitle", userLanguage)) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(BotTexts.Get("NoneText", userLanguage)) { Wrap = true },
            new TextBlock(BotTexts.Get("NoneRephrase", userLanguage)) { Wrap = true, IsSubtle = true },
            .. Escalation.Cards.AskAdminsSection.Create(userLanguage, question),
        ],
    };
}
