using System.Globalization;

namespace BenefitsBot.Localization;

/// <summary>The four languages the bot speaks, and how a Teams locale maps onto them.</summary>
public static class UserLanguage
{
    public const string English = "en";
    public const string Swedish = "sv";
    public const string Dutch = "nl";
    public const string TraditionalChinese = "zh-TW";

    public static IReadOnlyList<string> All { get; } = [English, Swedish, Dutch, TraditionalChinese];

    /// <summary>Maps a locale such as <c>sv-SE</c>, <c>nl-BE</c> or <c>zh-Hant-TW</c> to a supported language; anything else is English.</summary>
    public static string FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return English;
        }

        var tag = locale.Trim().Replace('_', '-').ToUpperInvariant();
        return tag switch
        {
            _ when tag == "SV" || tag.StartsWith("SV-", StringComparison.Ordinal) => Swedish,
            _ when tag == "NL" || tag.StartsWith("NL-", StringComparison.Ordinal) => Dutch,
            _ when tag.StartsWith("ZH", StringComparison.Ordinal) => TraditionalChinese,
            _ => English,
        };
    }

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == TraditionalChinese ? "zh-TW" : language);
}
