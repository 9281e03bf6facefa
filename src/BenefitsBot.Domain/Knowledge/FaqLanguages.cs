namespace BenefitsBot.Domain.Knowledge;

/// <summary>The answer languages the knowledge base knows, and how locales map onto them.</summary>
public static class FaqLanguages
{
    public const string English = "en";
    public const string Swedish = "sv";
    public const string Dutch = "nl";
    public const string ChineseTraditional = "zh-TW";

    public static IReadOnlyList<string> All { get; } = [English, Swedish, Dutch, ChineseTraditional];

    /// <summary>Maps a locale such as <c>sv-SE</c>, <c>nl</c> or <c>zh-Hant-TW</c> to one of <see cref="All"/>, or null.</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var lower = locale.Trim().ToLowerInvariant().Replace('_', '-');
        return lower.Split('-')[0] switch
        {
            "en" => English,
            "sv" => Swedish,
            "nl" => Dutch,
            "zh" => ChineseTraditional,
            _ => null,
        };
    }

    /// <summary>The locale segment of a learn.microsoft.com address for an answer language.</summary>
    public static string PublishedLocale(string language) => language switch
    {
        Swedish => "sv-se",
        Dutch => "nl-nl",
        ChineseTraditional => "zh-tw",
        _ => "en-us",
    };
}
