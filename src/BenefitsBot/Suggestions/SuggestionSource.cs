namespace BenefitsBot.Suggestions;

/// <summary>What showed that the question belongs to the entry.</summary>
public enum SuggestionSource
{
    /// <summary>The bot asked back (a clarify card) and the person picked the entry.</summary>
    ClarifyPick,

    /// <summary>The person said the answer was not helpful, then picked this other entry.</summary>
    PickAfterNotHelpful,

    /// <summary>An admin answered the question as a ticket and added the answer to the knowledge base as this entry.</summary>
    TicketAnswer,
}
