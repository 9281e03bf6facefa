using BenefitsBot.Localization;
using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Bot.Actions;

/// <summary>Typed commands, checked before the FAQ; a matched command from an unidentified caller is refused here.</summary>
public sealed class CommandRouter(IEnumerable<IBotCommand> commands, TimeProvider time)
{
    private readonly IBotCommand[] commands = [.. commands];

    /// <summary>The command's result, or null when <paramref name="text"/> is no command (then it is a question).</summary>
    public Task<CardActionResult>? TryRun(Activity activity, string text, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var command = Array.Find(commands, c => c.Matches(text, language));
        if (command is null)
        {
            return null;
        }

        var user = BotUser.From(activity, language, time);
        return user.IsIdentified
            ? command.RunAsync(new BotCommand(text, user, activity), cancellationToken)
            : Task.FromResult(CardActionResult.Refuse(BotTexts.Get("NeedsIdentity", language)));
    }
}
