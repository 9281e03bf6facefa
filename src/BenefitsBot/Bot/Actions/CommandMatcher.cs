using BenefitsBot.Localization;

namespace BenefitsBot.Bot.Actions;

/// <summary>
/// The one matcher of typed commands in the four languages: the text must be a whole spelling of a command (case, surrounding
/// spaces and end punctuation ignored, nothing else), so a question that merely contains the words is no command. The
/// spelling used tells the reply's language; one that several languages share goes to the user's.
/// </summary>
public sealed class CommandMatcher
{
    private static readonly char[] EndPunctuation = ['.', '!', '?', '。', '！', '？'];
    private readonly Dictionary<string, List<(BotCommandKind Command, string Language)>> bySpelling = new(StringComparer.Ordinal);

    public CommandMatcher()
    {
        foreach (var command in Enum.GetValues<BotCommandKind>())
        {
            foreach (var language in UserLanguage.All)
            {
                foreach (var spelling in CommandTexts.Spellings(command, language))
                {
                    var key = Normalize(spelling);
                    if (!bySpelling.TryGetValue(key, out var meanings))
                    {
                        bySpelling[key] = meanings = [];
                    }

                    meanings.Add((command, language));
                }
            }
        }
    }

    /// <summary>The command <paramref name="text"/> spells and the language of that spelling, or null when it is no command.</summary>
    /// <param name="preferredLanguage">Decides a spelling that several languages share (Swedish and Dutch "rapport").</param>
    public (BotCommandKind Command, string Language)? Match(string? text, string? preferredLanguage = null)
    {
        if (text is null || !bySpelling.TryGetValue(Normalize(text), out var meanings))
        {
            return null;
        }

        return meanings.Find(m => m.Language == preferredLanguage) is { Language: not null } preferred ? preferred : meanings[0];
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Trim().TrimEnd(EndPunctuation).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
