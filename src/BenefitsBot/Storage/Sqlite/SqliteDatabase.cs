using System.Data.Common;
using BenefitsBot.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace BenefitsBot.Storage.Sqlite;

/// <summary>The embedded SQLite database: one file, its folder created and the schema migrated on first use (retried until it succeeds).</summary>
public sealed class SqliteDatabase : RelationalDatabase
{
    private readonly string connectionString;
    private readonly StoreSetup setup;

    public SqliteDatabase(string connectionString, TimeProvider? time = null)
        : base(time)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        this.connectionString = builder.ToString();
        setup = new StoreSetup(async cancellationToken =>
        {
            if (builder.DataSource is { Length: > 0 } path && builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }

            await SqliteMigrations.ApplyAsync(this.connectionString, Time, int.MaxValue, cancellationToken);
        });
    }

    /// <summary>SQLite allows one writer at a time (the claim runs in a write transaction), so the claim needs no row lock.</summary>
    internal override string ClaimLock => string.Empty;

    internal override string Json(string parameter) => parameter;

    /// <summary>An open connection on a migrated database, with foreign keys on and a busy timeout for concurrent writers.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await setup.EnsureAsync(cancellationToken);
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>Takes the write lock and lets it go at once: fails while the file cannot be written or another writer holds it.</summary>
    public override async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;";
        command.CommandTimeout = 1;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
