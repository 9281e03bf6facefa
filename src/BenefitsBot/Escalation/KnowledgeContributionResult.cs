namespace BenefitsBot.Escalation;

/// <summary>What adding an admin's answer to the knowledge base did.</summary>
/// <param name="EntryId">The new entry; null when it could not be added (<see cref="Error"/> says why).</param>
/// <param name="Reachable">Asked the same way, the bot now answers with the new entry.</param>
public sealed record KnowledgeContributionResult(string? EntryId, string? Error, bool Reachable)
{
    public static KnowledgeContributionResult Failed(string error) => new(null, error, false);
}
