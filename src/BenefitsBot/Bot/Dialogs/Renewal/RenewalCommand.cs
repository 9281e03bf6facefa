using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;
using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Dialogs.Renewal;

/// <summary>"renew" (sv "förnya", nl "verlengen", zh-TW "續約") opens the renewal dialog; "how do I renew?" stays a question.</summary>
public sealed class RenewalCommand(RenewalDialog dialog) : IBotCommand
{
    private static readonly string[] Forms = ["renew", "renewal", "förnya", "förnyelse", "verlengen", "verlenging", "續約"];

    public static string Text(string language) => DialogTexts.Get("RenewalCommand", language);

    public bool Matches(string text, string language) => DialogCommand.Matches(text, Forms);

    public Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return dialog.HandleAsync(new CardAction(RenewalVerbs.Start, default, command.User, command.Activity), cancellationToken);
    }
}
