using System.Text.Json;
using BenefitsBot.Bot.Actions;
using BenefitsBot.Escalation;
using BenefitsBot.Localization;

namespace BenefitsBot.Suggestions;

/// <summary>"suggestions" typed by an admin: the card of waiting suggestions, through the same gate as its buttons.</summary>
public sealed class SuggestionsCommand(SuggestionActions actions) : IBotCommand
{
    private static readonly ShortCommand Spellings = new(new Dictionary<string, string[]>
    {
        [UserLanguage.English] = ["suggestions", "suggested questions"],
        [UserLanguage.Swedish] = ["förslag", "föreslagna frågor"],
        [UserLanguage.Dutch] = ["suggesties", "voorgestelde vragen"],
        [UserLanguage.TraditionalChinese] = ["建議", "建議的問題"],
    });

    public bool Matches(string text, string language) => Spellings.Match(text) is not null;

    public Task<CardActionResult> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = command.User with { Language = Spellings.Match(command.Text, command.User.Language) ?? command.User.Language };
        using var empty = JsonDocument.Parse("{}");
        return actions.HandleAsync(new CardAction(SuggestionVerbs.List, empty.RootElement.Clone(), user, command.Activity), cancellationToken);
    }
}
