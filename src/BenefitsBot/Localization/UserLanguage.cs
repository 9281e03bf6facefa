using System.Globalization;
using BenefitsBot.Domain.Knowledge;

namespace BenefitsBot.Localization;

/// <summary>The four languages the bot speaks (the knowledge base's), and how a Teams locale maps onto them.</summary>
public static class UserLanguage
{
    public const string English = FaqLanguages.English;
    public const string Swedish = FaqLanguages.Swedish;
    public const string Dutch = FaqLanguages.Dutch;
    public const string TraditionalChinese = FaqLanguages.ChineseTraditional;

    public static IReadOnlyList<string> All => FaqLanguages.All;

    /// <summary>Maps a locale such as <c>sv-SE</c>, <c>nl-BE</c> or <c>zh-Hant-TW</c> to a supported language; anything else is English.</summary>
    public static string FromLocale(string? locale) => FaqLanguages.FromLocale(locale) ?? English;

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == TraditionalChinese ? "zh-TW" : language);
}
