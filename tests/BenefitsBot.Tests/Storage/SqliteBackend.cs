using BenefitsBot.Storage;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Storage.Relational;
using BenefitsBot.Storage.Sqlite;
using BenefitsBot.Storage.Tenants;
using Microsoft.Data.Sqlite;

namespace BenefitsBot.Tests.Storage;

/// <summary>A real SQLite file in a temp folder.</summary>
public sealed class SqliteBackend : StoreBackend
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("benefitsbot-sqlite-");
    private readonly SqliteDatabase database;

    public SqliteBackend()
    {
        database = new SqliteDatabase(ConnectionString);
        ConversationReferences = new SqlConversationReferenceStore(database);
        Feedback = new SqlFeedbackStore(database);
        TenantRecords = new SqlTenantRecordStore(database);
        AuditLog = new SqlAuditLog(database);
        TenantKnowledge = new SqlTenantKnowledgeStore(database);
    }

    private string ConnectionString => $"Data Source={Path.Combine(directory.FullName, "bot.db")}";

    public override IConversationReferenceStore ConversationReferences { get; }

    public override IFeedbackStore Feedback { get; }

    public override ITenantRecordStore TenantRecords { get; }

    public override IAuditLog AuditLog { get; }

    public override ITenantKnowledgeStore TenantKnowledge { get; }

    public override (IConversationReferenceStore References, IFeedbackStore Feedback) Reopen()
    {
        var reopened = new SqliteDatabase(ConnectionString);
        return (new SqlConversationReferenceStore(reopened), new SqlFeedbackStore(reopened));
    }

    public override (ITenantRecordStore Records, IAuditLog Audit) ReopenTenantStores()
    {
        var reopened = new SqliteDatabase(ConnectionString);
        return (new SqlTenantRecordStore(reopened), new SqlAuditLog(reopened));
    }

    public override ITenantKnowledgeStore ReopenTenantKnowledge() => new SqlTenantKnowledgeStore(new SqliteDatabase(ConnectionString));

    public override (IStoreProbe Probe, IConversationReferenceStore References, Func<Task> Restore) Unavailable()
    {
        var blocker = Path.Combine(directory.FullName, "blocked");
        File.WriteAllText(blocker, "a file where the data folder should be");
        var database = new SqliteDatabase($"Data Source={Path.Combine(blocker, "bot.db")}");
        return (database, new SqlConversationReferenceStore(database), () =>
        {
            File.Delete(blocker);
            return Task.CompletedTask;
        });
    }

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync()
    {
        BenefitsBot.Tests.Storage.SqlitePools.ReleaseFiles();
        directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
