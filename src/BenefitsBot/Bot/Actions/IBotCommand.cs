namespace BenefitsBot.Bot.Actions;

/// <summary>
/// A short typed command checked before the FAQ. <see cref="Matches"/> accepts whole short commands only, never ordinary
/// questions ("renew" is a command; "how do I renew?" is a question).
/// </summary>
public interface IBotCommand
{
    bool Matches(string text, string language);

    Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken);
}
