using System.Resources;

namespace BenefitsBot.Localization;

/// <summary>The bot's own user-facing sentences (not knowledge-base content), from <c>BotTexts*.resx</c> in the four languages.</summary>
public static class BotTexts
{
    private static readonly ResourceManager Resources = new("BenefitsBot.Localization.BotTexts", typeof(BotTexts).Assembly);

    public static string Get(string key, string language) =>
        Resources.GetString(key, UserLanguage.Culture(language))
        ?? throw new KeyNotFoundException($"No bot text '{key}'.");
}
