using BenefitsBot.Storage;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Storage.Tenants;

namespace BenefitsBot.Tests.Storage;

/// <summary>One real database for a test, empty at the start; <see cref="Reopen"/> gives stores over the same data as a second instance would.</summary>
public abstract class StoreBackend : IAsyncDisposable
{
    public abstract IConversationReferenceStore ConversationReferences { get; }

    public abstract IFeedbackStore Feedback { get; }

    public abstract ITenantRecordStore TenantRecords { get; }

    public abstract IAuditLog AuditLog { get; }

    public abstract ITenantKnowledgeStore TenantKnowledge { get; }

    /// <summary>New store objects on the same database: another bot instance, or the same one after a restart.</summary>
    public abstract (IConversationReferenceStore References, IFeedbackStore Feedback) Reopen();

    /// <summary>Like <see cref="Reopen"/>, for the tenant records and the audit log.</summary>
    public abstract (ITenantRecordStore Records, IAuditLog Audit) ReopenTenantStores();

    /// <summary>Like <see cref="Reopen"/>, for the tenants' own knowledge.</summary>
    public abstract ITenantKnowledgeStore ReopenTenantKnowledge();

    /// <summary>
    /// Stores over a database that cannot be used yet (SQLite: a file where its folder should be; PostgreSQL: a schema that does
    /// not exist), and what makes it usable, as an operator fixing the outage would.
    /// </summary>
    public abstract (IStoreProbe Probe, IConversationReferenceStore References, Func<Task> Restore) Unavailable();

    /// <summary>Runs raw SQL on the database, as someone bypassing the stores would.</summary>
    public abstract Task ExecuteSqlAsync(string sql);

    public abstract ValueTask DisposeAsync();
}
