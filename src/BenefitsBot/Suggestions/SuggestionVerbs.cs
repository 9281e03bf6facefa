namespace BenefitsBot.Suggestions;

/// <summary>The <c>suggestion.*</c> card verbs; each press goes through the role gate.</summary>
public static class SuggestionVerbs
{
    /// <summary>The suggestions card as it is now. Data: lang.</summary>
    public const string List = "suggestion.list";

    /// <summary>Accept one: its question becomes an alternate of its entry for the tenant. Data: suggestionId, lang.</summary>
    public const string Accept = "suggestion.accept";

    /// <summary>Reject one: its question is forgotten. Data: suggestionId, lang.</summary>
    public const string Reject = "suggestion.reject";
}
