namespace BenefitsBot.Localization;

/// <summary>How each typed command is spelled, from <c>CommandTexts*.resx</c>: one text per command and language, spellings separated by <c>|</c>.</summary>
public static class CommandTexts
{
    private static readonly LocalizedTexts Texts = new("BenefitsBot.Localization.CommandTexts", "command");

    public static IReadOnlyList<string> Spellings(BotCommandKind command, string language) =>
        Texts.Get(command.ToString(), language).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The spelling cards quote ("type setup to start again").</summary>
    public static string Text(BotCommandKind command, string language) => Spellings(command, language)[0];
}
