using System.Resources;

namespace BenefitsBot.Localization;

/// <summary>The sentences of tickets, the admins' channel and the report, from <c>EscalationTexts*.resx</c> (kept apart from BotTexts so areas merge cleanly).</summary>
public static class EscalationTexts
{
    private static readonly ResourceManager Resources = new("BenefitsBot.Localization.EscalationTexts", typeof(EscalationTexts).Assembly);

    public static string Get(string key, string language) =>
        Resources.GetString(key, UserLanguage.Culture(language)) ?? throw new KeyNotFoundException($"No escalation text '{key}'.");

    public static string Format(string key, string language, params object[] arguments) =>
        string.Format(UserLanguage.Culture(language), Get(key, language), arguments);
}
