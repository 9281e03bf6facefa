using BenefitsBot.Storage;

namespace BenefitsBot.Tests.Storage;

/// <summary>A real SQLite file in a temp folder, deleted afterwards.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    private readonly string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "benefitsbot-tests", Guid.NewGuid().ToString("N"));

    public TempSqliteDatabase()
    {
        Path = System.IO.Path.Combine(directory, "bot.db");
        Database = new SqliteDatabase($"Data Source={Path}");
    }

    public string Path { get; }

    public SqliteDatabase Database { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
