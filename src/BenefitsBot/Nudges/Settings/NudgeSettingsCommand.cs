using System.Text.Json;
using BenefitsBot.Bot.Actions;

namespace BenefitsBot.Nudges.Settings;

/// <summary>The <c>settings</c> command in the four languages; shows the settings card through the same gate as its buttons.</summary>
public sealed class NudgeSettingsCommand(NudgeSettingsActions actions) : IBotCommand
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "settings", "nudge settings", "reminder settings",
        "inställningar", "påminnelseinställningar",
        "instellingen", "herinneringsinstellingen",
        "設定", "提醒設定",
    };

    public bool Matches(string text, string language) =>
        text is not null && Words.Contains(text.Trim().TrimEnd('.', '!', '。', '！').Trim());

    public Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var empty = JsonDocument.Parse("{}");
        var show = new CardAction(SettingsCard.ShowVerb, empty.RootElement.Clone(), command.User, command.Activity);
        return actions.HandleAsync(show, cancellationToken);
    }
}
