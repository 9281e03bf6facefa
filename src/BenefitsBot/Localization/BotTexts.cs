using System.Globalization;
using System.Resources;

namespace BenefitsBot.Localization;

/// <summary>The bot's own user-facing sentences (not knowledge-base content), from <c>BotTexts*.resx</c> in the four languages.</summary>
public static class BotTexts
{
    private static readonly ResourceManager Resources = new("BenefitsBot.Localization.BotTexts", typeof(BotTexts).Assembly);

    public static string Get(string key, string language) =>
        Resources.GetString(key, UserLanguage.Culture(language))
        ?? throw new KeyNotFoundException($"No bot text '{key}'.");

    public static string Format(string key, string language, params object[] arguments) =>
        string.Format(UserLanguage.Culture(language), Get(key, language), arguments);

    /// <summary>The name of <paramref name="language"/> written in <paramref name="inLanguage"/>.</summary>
    public static string LanguageName(string language, string inLanguage) => Get("LanguageName_" + language, inLanguage);

}
