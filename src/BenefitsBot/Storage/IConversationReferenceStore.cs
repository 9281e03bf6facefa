using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Storage;

/// <summary>Conversation references kept for proactive messages, always scoped to one tenant.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Saves the latest reference for its conversation (the serviceUrl can change) and marks it active.</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationReference>> ListActiveAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Marks a conversation the bot can no longer post to (removed from the team, blocked by the user).</summary>
    Task MarkInactiveAsync(string tenantId, string conversationId, CancellationToken cancellationToken);
}
