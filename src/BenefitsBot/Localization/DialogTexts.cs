using System.Globalization;

namespace BenefitsBot.Localization;

/// <summary>The admin and self-service dialogs' sentences, from <c>DialogTexts*.resx</c> in the four languages.</summary>
public static class DialogTexts
{
    private static readonly LocalizedTexts Texts = new("BenefitsBot.Localization.DialogTexts", "dialog");

    public static string Get(string key, string language) => Texts.Get(key, language);

    public static string Format(string key, string language, params object[] arguments) => Texts.Format(key, language, arguments);

    /// <summary>A date as ISO plus the user's long form, as the rule cards show dates: "2025-03-14 (Friday, March 14, 2025)".</summary>
    public static string Date(DateOnly date, string language) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + date.ToString("D", UserLanguage.Culture(language)) + ")";
}
