namespace BenefitsBot.Localization;

/// <summary>The sentences of tickets, the admins' channel and the report, from <c>EscalationTexts*.resx</c> (kept apart from BotTexts so areas merge cleanly).</summary>
public static class EscalationTexts
{
    private static readonly LocalizedTexts Texts = new("BenefitsBot.Localization.EscalationTexts", "escalation");

    public static string Get(string key, string language) => Texts.Get(key, language);

    public static string Format(string key, string language, params object[] arguments) => Texts.Format(key, language, arguments);
}
