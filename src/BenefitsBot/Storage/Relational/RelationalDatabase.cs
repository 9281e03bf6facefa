using System.Data.Common;

namespace BenefitsBot.Storage.Relational;

/// <summary>
/// The configured store (SQLite or PostgreSQL) as the shared stores see it: connections on the migrated database, the clock
/// that stamps rows, and the few places where the two SQL dialects disagree (each one member here).
/// </summary>
public abstract class RelationalDatabase : IStoreProbe
{
    static RelationalDatabase() => StoredTime.Register();

    protected RelationalDatabase(TimeProvider? time) => Time = time ?? TimeProvider.System;

    /// <summary>What <c>created_at</c> / <c>updated_at</c> columns are stamped with.</summary>
    public TimeProvider Time { get; }

    /// <summary>Appended to the nudge claim's inner SELECT: a row lock where several writers claim at once.</summary>
    internal abstract string ClaimLock { get; }

    /// <summary>The SQL for a JSON parameter written to a JSON column (PostgreSQL's jsonb does not take text implicitly).</summary>
    internal abstract string Json(string parameter);

    /// <summary>An open connection on the migrated database.</summary>
    public abstract Task<DbConnection> ConnectAsync(CancellationToken cancellationToken);

    public abstract Task CheckAsync(CancellationToken cancellationToken);

    /// <summary>Now, as the stores keep it (UTC, whole microseconds).</summary>
    internal DateTimeOffset Now() => StoredTime.Truncate(Time.GetUtcNow());
}
