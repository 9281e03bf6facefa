using BenefitsBot.Bot.Actions;
using BenefitsBot.Bot.Dialogs.Common;

namespace BenefitsBot.Bot.Dialogs.Assignment;

/// <summary>"assign" typed alone (or "assign licenses"), in any of the four languages, opens the license assignment dialog.</summary>
public sealed class AssignmentCommand(AssignmentDialog dialog) : IBotCommand
{
    private static readonly string[] Forms =
    [
        "assign", "assign licenses", "assign licences", "assign users", "assign license",
        "tilldela", "tilldela licenser", "tilldela användare",
        "toewijzen", "licenties toewijzen", "gebruikers toewijzen",
        "指派", "指派授權", "指派使用者",
    ];

    public bool Matches(string text, string language) => DialogCommand.Matches(text, Forms);

    public Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return dialog.StartAsync(command.User, DialogSessions.ConversationOf(command.Activity), cancellationToken);
    }
}
