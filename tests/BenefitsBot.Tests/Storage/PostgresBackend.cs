using BenefitsBot.Storage;
using BenefitsBot.Storage.Postgres;
using Npgsql;

namespace BenefitsBot.Tests.Storage;

/// <summary>A real PostgreSQL server (BENEFITSBOT_TEST_POSTGRES, started by tests/run.sh); each test gets its own schema.</summary>
public sealed class PostgresBackend : StoreBackend
{
    private readonly string serverConnectionString;
    private readonly string schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresDatabase> databases = [];

    private PostgresBackend(string serverConnectionString)
    {
        this.serverConnectionString = serverConnectionString;
        (ConversationReferences, Feedback) = Reopen();
    }

    public override IConversationReferenceStore ConversationReferences { get; }

    public override IFeedbackStore Feedback { get; }

    public static async Task<PostgresBackend> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("BENEFITSBOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("No PostgreSQL server for the storage tests: run `bash tests/run.sh` (it starts one) or set BENEFITSBOT_TEST_POSTGRES to an Npgsql connection string.");
        var backend = new PostgresBackend(server);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {backend.schema}", connection);
        await create.ExecuteNonQueryAsync();
        return backend;
    }

    public override (IConversationReferenceStore References, IFeedbackStore Feedback) Reopen()
    {
        var database = new PostgresDatabase(new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = schema }.ConnectionString);
        databases.Add(database);
        return (new PostgresConversationReferenceStore(database), new PostgresFeedbackStore(database));
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
