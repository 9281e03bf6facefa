using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;

namespace BenefitsBot.Bot.Dialogs.SelfService;

/// <summary>"my benefits" (sv "mina förmåner", nl "mijn voordelen", zh-TW "我的權益") answers with the caller's own benefits.</summary>
public sealed class MyBenefitsCommand(SelfServiceActions actions) : IBotCommand
{
    private static readonly string[] Forms = ["my benefits", "mina förmåner", "mijn voordelen", "我的權益", "我的福利"];

    public bool Matches(string text, string language) => DialogCommand.Matches(text, Forms);

    public Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return actions.HandleAsync(new CardAction(SelfServiceVerbs.Show, default, command.User, command.Activity), cancellationToken);
    }
}
