namespace BenefitsBot.Escalation;

/// <summary>
/// A whole short typed command in its spellings per language: case, surrounding spaces and end punctuation are ignored,
/// nothing else, so a question that merely contains the words is no command. The spelling used tells the reply's language.
/// </summary>
public sealed class ShortCommand
{
    private static readonly char[] EndPunctuation = ['.', '!', '?', '。', '！', '？'];
    private readonly Dictionary<string, List<string>> languagesBySpelling = new(StringComparer.Ordinal);

    /// <param name="spellings">Language (en, sv, nl, zh-TW) to its spellings.</param>
    public ShortCommand(IReadOnlyDictionary<string, string[]> spellings)
    {
        ArgumentNullException.ThrowIfNull(spellings);
        foreach (var (language, words) in spellings)
        {
            foreach (var word in words)
            {
                var key = Normalize(word);
                if (!languagesBySpelling.TryGetValue(key, out var languages))
                {
                    languagesBySpelling[key] = languages = [];
                }

                languages.Add(language);
            }
        }
    }

    /// <summary>The language of the spelling <paramref name="text"/> is, or null when it is not this command.</summary>
    /// <param name="preferredLanguage">Decides a spelling that several languages share (Swedish and Dutch "rapport").</param>
    public string? Match(string? text, string? preferredLanguage = null)
    {
        if (text is null || !languagesBySpelling.TryGetValue(Normalize(text), out var languages))
        {
            return null;
        }

        return preferredLanguage is not null && languages.Contains(preferredLanguage) ? preferredLanguage : languages[0];
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Trim().TrimEnd(EndPunctuation).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
