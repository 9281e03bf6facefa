namespace BenefitsBot.Suggestions;

/// <summary>Suggestions waiting (whenever made), and accepted and rejected in a period.</summary>
public sealed record SuggestionCounts(int Pending, int Accepted, int Rejected)
{
    public static SuggestionCounts Of(IEnumerable<AlternateSuggestion> suggestions, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var list = suggestions.ToList();
        return new SuggestionCounts(
            list.Count(s => s.State == SuggestionState.Pending),
            list.Count(s => s.State == SuggestionState.Accepted && s.DecidedAt >= since),
            list.Count(s => s.State == SuggestionState.Rejected && s.DecidedAt >= since));
    }
}
