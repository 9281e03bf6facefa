namespace BenefitsBot.Suggestions;

/// <summary>Waiting for an admin, or decided.</summary>
public enum SuggestionState
{
    Pending,
    Accepted,
    Rejected,
}
