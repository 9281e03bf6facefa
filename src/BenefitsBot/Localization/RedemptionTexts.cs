using System.Globalization;
using System.Resources;

namespace BenefitsBot.Localization;

/// <summary>The redemption, license assignment and user picker sentences, from <c>RedemptionTexts*.resx</c> in the four languages.</summary>
public static class RedemptionTexts
{
    private static readonly ResourceManager Resources = new("BenefitsBot.Localization.RedemptionTexts", typeof(RedemptionTexts).Assembly);

    public static string Get(string key, string language) =>
        Resources.GetString(key, UserLanguage.Culture(language))
        ?? throw new KeyNotFoundException($"No redemption text '{key}'.");

    public static string Format(string key, string language, params object[] arguments) =>
        string.Format(UserLanguage.Culture(language), Get(key, language), arguments);
}
