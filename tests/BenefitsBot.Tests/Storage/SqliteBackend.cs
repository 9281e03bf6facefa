using BenefitsBot.Storage;
using BenefitsBot.Storage.Sqlite;
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
        ConversationReferences = new SqliteConversationReferenceStore(database);
        Feedback = new SqliteFeedbackStore(database);
    }

    private string ConnectionString => $"Data Source={Path.Combine(directory.FullName, "bot.db")}";

    public override IConversationReferenceStore ConversationReferences { get; }

    public override IFeedbackStore Feedback { get; }

    public override (IConversationReferenceStore References, IFeedbackStore Feedback) Reopen()
    {
        var reopened = new SqliteDatabase(ConnectionString);
        return (new SqliteConversationReferenceStore(reopened), new SqliteFeedbackStore(reopened));
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
