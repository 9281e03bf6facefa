using Npgsql;

namespace BenefitsBot.Storage.Postgres;

/// <summary>The PostgreSQL store for several bot instances behind a load balancer; migrated on first use (retried until it succeeds).</summary>
public sealed class PostgresDatabase : IStoreProbe, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly StoreSetup setup;

    public PostgresDatabase(string connectionString)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        setup = new StoreSetup(cancellationToken => PostgresMigrations.ApplyAsync(dataSource, cancellationToken));
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await setup.EnsureAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>A round trip on a migrated database.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
