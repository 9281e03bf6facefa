using System.Data.Common;
using BenefitsBot.Storage.Nudges;
using BenefitsBot.Storage.Postgres;
using BenefitsBot.Storage.Relational;
using BenefitsBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BenefitsBot.Tests.Nudges;

/// <summary>One database several bot instances share: a SQLite file, or a fresh schema on the test PostgreSQL server.</summary>
public sealed class NudgeStore : IAsyncDisposable
{
    private readonly DirectoryInfo? directory;
    private readonly string? postgresServer;
    private readonly string? schema;
    private readonly List<PostgresDatabase> databases = [];

    private NudgeStore(Dictionary<string, string?> settings, DirectoryInfo? directory, string? postgresServer, string? schema)
    {
        Settings = settings;
        this.directory = directory;
        this.postgresServer = postgresServer;
        this.schema = schema;
    }

    public string Name => schema is null ? "sqlite" : "postgres";

    /// <summary>The host settings that point an instance at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static Task<NudgeStore> CreateAsync(string provider) => provider switch
    {
        "sqlite" => Task.FromResult(CreateSqlite()),
        "postgres" => CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>A store object of its own on the database, as another process would open it.</summary>
    public SqlNudgeOutbox OpenOutbox() => new(OpenDatabase());

    /// <summary>The database as another process would open it, stamping rows with <paramref name="time"/> (the system clock by default).</summary>
    public RelationalDatabase OpenDatabase(TimeProvider? time = null)
    {
        if (schema is null)
        {
            return new SqliteDatabase(Settings["Storage:Sqlite:ConnectionString"]!, time);
        }

        var database = new PostgresDatabase(Settings["Storage:Postgres:ConnectionString"]!, time);
        databases.Add(database);
        return database;
    }

    /// <summary>Migrates the database up to step <paramref name="version"/> only, to write data in an older shape.</summary>
    public async Task MigrateToAsync(int version)
    {
        if (schema is null)
        {
            await SqliteMigrations.ApplyAsync(Settings["Storage:Sqlite:ConnectionString"]!, TimeProvider.System, version, CancellationToken.None);
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(Settings["Storage:Postgres:ConnectionString"]!);
        await PostgresMigrations.ApplyAsync(dataSource, TimeProvider.System, version, CancellationToken.None);
    }

    /// <summary>Runs raw SQL on the database, bypassing the stores (and their migrations); returns the first column of the first row.</summary>
    public async Task<object?> ExecuteSqlAsync(string sql)
    {
        await using DbConnection connection = schema is null
            ? new SqliteConnection(Settings["Storage:Sqlite:ConnectionString"])
            : new NpgsqlConnection(Settings["Storage:Postgres:ConnectionString"]);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        if (directory is not null)
        {
            BenefitsBot.Tests.Storage.SqlitePools.ReleaseFiles();
            directory.Delete(recursive: true);
        }

        if (postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static NudgeStore CreateSqlite()
    {
        var directory = Directory.CreateTempSubdirectory("benefitsbot-nudges-");
        var settings = new Dictionary<string, string?> { ["Storage:Sqlite:ConnectionString"] = $"Data Source={Path.Combine(directory.FullName, "bot.db")}" };
        return new NudgeStore(settings, directory, null, null);
    }

    private static async Task<NudgeStore> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable("BENEFITSBOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("No PostgreSQL server for the nudge tests: run `bash tests/run.sh` (it starts one) or set BENEFITSBOT_TEST_POSTGRES.");
        var schema = "n_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString,
        };
        return new NudgeStore(settings, null, server, schema);
    }
}
