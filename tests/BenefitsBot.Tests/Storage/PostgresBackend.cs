using BenefitsBot.Storage;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Knowledge;
using BenefitsBot.Storage.Postgres;
using BenefitsBot.Storage.Relational;
using BenefitsBot.Storage.Tenants;
using Npgsql;

namespace BenefitsBot.Tests.Storage;

/// <summary>A real PostgreSQL server (BENEFITSBOT_TEST_POSTGRES, started by tests/run.sh); each test gets its own schema.</summary>
public sealed class PostgresBackend : StoreBackend
{
    private readonly string serverConnectionString;
    private readonly string schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresDatabase> databases = [];
    private readonly List<string> extraSchemas = [];

    private PostgresBackend(string serverConnectionString)
    {
        this.serverConnectionString = serverConnectionString;
        (ConversationReferences, Feedback) = Reopen();
        (TenantRecords, AuditLog) = ReopenTenantStores();
        TenantKnowledge = ReopenTenantKnowledge();
    }

    public override IConversationReferenceStore ConversationReferences { get; }

    public override IFeedbackStore Feedback { get; }

    public override ITenantRecordStore TenantRecords { get; }

    public override IAuditLog AuditLog { get; }

    public override ITenantKnowledgeStore TenantKnowledge { get; }

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
        var database = OpenDatabase();
        return (new SqlConversationReferenceStore(database), new SqlFeedbackStore(database));
    }

    public override (ITenantRecordStore Records, IAuditLog Audit) ReopenTenantStores()
    {
        var database = OpenDatabase();
        return (new SqlTenantRecordStore(database), new SqlAuditLog(database));
    }

    public override ITenantKnowledgeStore ReopenTenantKnowledge() => new SqlTenantKnowledgeStore(OpenDatabase());

    public override (IStoreProbe Probe, IConversationReferenceStore References, Func<Task> Restore) Unavailable()
    {
        var missing = "u_" + Guid.NewGuid().ToString("N");
        extraSchemas.Add(missing);
        var database = new PostgresDatabase(new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = missing }.ConnectionString);
        databases.Add(database);
        return (database, new SqlConversationReferenceStore(database), async () =>
        {
            await using var connection = new NpgsqlConnection(serverConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {missing}", connection);
            await create.ExecuteNonQueryAsync();
        });
    }

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await databases[0].OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        foreach (var dropped in extraSchemas.Append(schema))
        {
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {dropped} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private PostgresDatabase OpenDatabase()
    {
        var database = new PostgresDatabase(new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = schema }.ConnectionString);
        databases.Add(database);
        return database;
    }
}
