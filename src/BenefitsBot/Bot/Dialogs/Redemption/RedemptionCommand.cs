using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;

namespace BenefitsBot.Bot.Dialogs.Redemption;

/// <summary>"redeem" typed alone (or "redeem benefits"), in any of the four languages, opens the redemption dialog.</summary>
public sealed class RedemptionCommand(RedemptionDialog dialog) : IBotCommand
{
    private static readonly string[] Forms =
    [
        "redeem", "redeem benefits", "redeem a benefit", "redemption",
        "lös in", "lösa in", "lös in förmåner", "inlösen",
        "inwisselen", "verzilveren", "voordelen inwisselen", "inwisselen voordelen",
        "兌換", "兌換權益", "兌換福利",
    ];

    public bool Matches(string text, string language) => DialogCommand.Matches(text, Forms);

    public Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return dialog.StartAsync(command.User, DialogSessions.ConversationOf(command.Activity), offerId: null, cancellationToken);
    }
}
