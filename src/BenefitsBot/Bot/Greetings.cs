using System.Globalization;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot;

/// <summary>Recognizes "hi" and "help" in the four languages, and which language the word was in.</summary>
public static class Greetings
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hi"] = UserLanguage.English, ["hello"] = UserLanguage.English, ["hey"] = UserLanguage.English, ["help"] = UserLanguage.English,
        ["start"] = UserLanguage.English, ["?"] = UserLanguage.English,
        ["hej"] = UserLanguage.Swedish, ["hejsan"] = UserLanguage.Swedish, ["hallå"] = UserLanguage.Swedish, ["hjälp"] = UserLanguage.Swedish,
        ["hallo"] = UserLanguage.Dutch, ["hoi"] = UserLanguage.Dutch, ["dag"] = UserLanguage.Dutch, ["hulp"] = UserLanguage.Dutch,
        ["你好"] = UserLanguage.TraditionalChinese, ["您好"] = UserLanguage.TraditionalChinese, ["嗨"] = UserLanguage.TraditionalChinese,
        ["說明"] = UserLanguage.TraditionalChinese, ["幫助"] = UserLanguage.TraditionalChinese, ["求助"] = UserLanguage.TraditionalChinese,
    };

    /// <summary>True when <paramref name="text"/> is only a greeting or a call for help; <paramref name="language"/> is that word's language, or null when it is shared ("help", "hallo").</summary>
    public static bool TryMatch(string text, out string? language)
    {
        var word = (text ?? string.Empty).Trim().TrimEnd('!', '.', '！', '。').Trim();
        if (Words.TryGetValue(word, out var found))
        {
            // Words several languages share tell nothing about the language; the locale decides.
            language = word.ToLower(CultureInfo.InvariantCulture) is "help" or "hallo" or "start" or "?" ? null : found;
            return true;
        }

        language = null;
        return false;
    }
}
