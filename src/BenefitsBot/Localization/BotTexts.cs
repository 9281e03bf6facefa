namespace BenefitsBot.Localization;

/// <summary>The bot's own user-facing sentences (not knowledge-base content), from <c>BotTexts*.resx</c> in the four languages.</summary>
public static class BotTexts
{
    private static readonly LocalizedTexts Texts = new("BenefitsBot.Localization.BotTexts", "bot");

    public static string Get(string key, string language) => Texts.Get(key, language);

    public static string Format(string key, string language, params object[] arguments) => Texts.Format(key, language, arguments);

    /// <summary>The name of <paramref name="language"/> written in <paramref name="inLanguage"/>.</summary>
    public static string LanguageName(string language, string inLanguage) => Get("LanguageName_" + language, inLanguage);

}
