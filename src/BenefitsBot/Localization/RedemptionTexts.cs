namespace BenefitsBot.Localization;

/// <summary>The redemption, license assignment and user picker sentences, from <c>RedemptionTexts*.resx</c> in the four languages.</summary>
public static class RedemptionTexts
{
    private static readonly LocalizedTexts Texts = new("BenefitsBot.Localization.RedemptionTexts", "redemption");

    public static string Get(string key, string language) => Texts.Get(key, language);

    public static string Format(string key, string language, params object[] arguments) => Texts.Format(key, language, arguments);
}
