using System.Data.Common;
using BenefitsBot.Storage.Relational;
using Npgsql;

namespace BenefitsBot.Storage.Postgres;

/// <summary>The PostgreSQL store for several bot instances behind a load balancer; migrated on first use (retried until it succeeds).</summary>
public sealed class PostgresDatabase : RelationalDatabase, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly StoreSetup setup;

    public PostgresDatabase(string connectionString, TimeProvider? time = null)
        : base(time)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        setup = new StoreSetup(cancellationToken => PostgresMigrations.ApplyAsync(dataSource, Time, int.MaxValue, cancellationToken));
    }

    /// <summary>Several instances claim concurrently: each takes rows no other claim has locked, without waiting for them.</summary>
    internal override string ClaimLock => " FOR UPDATE SKIP LOCKED";

    /// <summary>The column is jsonb (queryable by the nudge planner); a text parameter does not convert implicitly.</summary>
    internal override string Json(string parameter) => $"CAST({parameter} AS jsonb)";

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await setup.EnsureAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    public override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>A round trip on a migrated database.</summary>
    public override async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <summary>For a service provider disposed synchronously (the command line).</summary>
    public void Dispose() => dataSource.Dispose();
}
