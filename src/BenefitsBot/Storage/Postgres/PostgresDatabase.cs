using Npgsql;

namespace BenefitsBot.Storage.Postgres;

/// <summary>The PostgreSQL store for several bot instances behind a load balancer; migrated on first use.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly Lazy<Task> migrated;

    public PostgresDatabase(string connectionString)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        migrated = new Lazy<Task>(() => PostgresMigrations.ApplyAsync(dataSource, CancellationToken.None));
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await migrated.Value.WaitAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
