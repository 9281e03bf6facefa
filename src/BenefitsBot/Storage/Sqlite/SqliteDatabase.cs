using Microsoft.Data.Sqlite;

namespace BenefitsBot.Storage.Sqlite;

/// <summary>The embedded SQLite database: one file, created and migrated on first use.</summary>
public sealed class SqliteDatabase
{
    private readonly string connectionString;
    private readonly Lazy<Task> migrated;

    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        if (builder.DataSource is { Length: > 0 } path && builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        this.connectionString = builder.ToString();
        migrated = new Lazy<Task>(() => SqliteMigrations.ApplyAsync(this.connectionString, CancellationToken.None));
    }

    /// <summary>An open connection on a migrated database, with foreign keys on and a busy timeout for concurrent writers.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await migrated.Value.WaitAsync(cancellationToken);
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
