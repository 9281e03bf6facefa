using System.Globalization;
using BenefitsBot.Localization;

namespace BenefitsBot.Nudges.Texts;

/// <summary>Nudge and settings card sentences, from <c>NudgeTexts*.resx</c> in the four languages (apart from BotTexts to keep areas separate).</summary>
public static class NudgeTexts
{
    private static readonly LocalizedTexts Texts = new("BenefitsBot.Nudges.Texts.NudgeTexts", "nudge");

    public static string Get(string key, string language) => Texts.Get(key, language);

    public static string Format(string key, string language, params object[] arguments) => Texts.Format(key, language, arguments);

    /// <summary>"today", "tomorrow" or "in N days" from <paramref name="today"/> to <paramref name="date"/>.</summary>
    public static string When(DateOnly date, DateOnly today, string language) => (date.DayNumber - today.DayNumber) switch
    {
        <= 0 => Get("Today", language),
        1 => Get("Tomorrow", language),
        var days => Format("InDays", language, days),
    };

    /// <summary>A date as the user's culture writes it in full, e.g. "Monday, 14 March 2026".</summary>
    public static string Date(DateOnly date, string language) => date.ToString("D", UserLanguage.Culture(language));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
