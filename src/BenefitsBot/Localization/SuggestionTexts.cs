namespace BenefitsBot.Localization;

/// <summary>The suggestions card's sentences, from <c>SuggestionTexts*.resx</c> (kept apart from the other areas so they merge cleanly).</summary>
public static class SuggestionTexts
{
    private static readonly LocalizedTexts Texts = new("BenefitsBot.Localization.SuggestionTexts", "suggestion");

    public static string Get(string key, string language) => Texts.Get(key, language);

    public static string Format(string key, string language, params object[] arguments) => Texts.Format(key, language, arguments);
}
