using BenefitsBot.Storage;

namespace BenefitsBot.Tests.Storage;

/// <summary>One real database for a test, empty at the start; <see cref="Reopen"/> gives stores over the same data as a second instance would.</summary>
public abstract class StoreBackend : IAsyncDisposable
{
    public abstract IConversationReferenceStore ConversationReferences { get; }

    public abstract IFeedbackStore Feedback { get; }

    /// <summary>New store objects on the same database: another bot instance, or the same one after a restart.</summary>
    public abstract (IConversationReferenceStore References, IFeedbackStore Feedback) Reopen();

    public abstract ValueTask DisposeAsync();
}
