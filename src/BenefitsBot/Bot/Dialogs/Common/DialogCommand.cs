using System.Globalization;

namespace BenefitsBot.Bot.Dialogs.Common;

/// <summary>Whole short commands ("setup", "mina förmåner"): the text must be one of the forms, ignoring case, spaces and end punctuation.</summary>
public static class DialogCommand
{
    public static bool Matches(string text, IEnumerable<string> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var typed = Normalize(text);
        return typed.Length > 0 && forms.Any(f => Normalize(f) == typed);
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty).Trim().TrimEnd('.', '!', '。', '！').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToLower(CultureInfo.InvariantCulture);
}
