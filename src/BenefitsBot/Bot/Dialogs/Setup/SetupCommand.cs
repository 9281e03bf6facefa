using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Setup;

/// <summary>"setup" (sv "konfigurera", nl "instellen", zh-TW "初始設定") opens the setup dialog.</summary>
public sealed class SetupCommand(SetupDialog dialog) : IBotCommand
{
    private static readonly string[] Forms = ["setup", "set up", "konfigurera", "instellen", "初始設定"];

    public static string Text(string language) => DialogTexts.Get("SetupCommand", language);

    public bool Matches(string text, string language) => DialogCommand.Matches(text, Forms);

    public Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return dialog.HandleAsync(new CardAction(SetupVerbs.Start, default, command.User, command.Activity), cancellationToken);
    }
}
