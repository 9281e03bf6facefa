namespace BenefitsBot.Bot.Dialogs.Users;

/// <summary>A typed command as compared with the command words: trimmed, inner spaces collapsed, trailing punctuation and a leading slash dropped.</summary>
public static class CommandText
{
    public static string Normalize(string? text)
    {
        var words = (text ?? string.Empty).Trim().TrimStart('/').TrimEnd('.', '!', '?', '。', '！', '？').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
