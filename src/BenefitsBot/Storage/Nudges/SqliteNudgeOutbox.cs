using System.Data.Common;
using BenefitsBot.Storage.Sqlite;

namespace BenefitsBot.Storage.Nudges;

/// <summary>SQLite allows one writer at a time (the claim runs in an immediate transaction), so the claim needs no row lock.</summary>
public sealed class SqliteNudgeOutbox(SqliteDatabase database) : SqlNudgeOutbox
{
    protected override string ClaimLock => string.Empty;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);
}
