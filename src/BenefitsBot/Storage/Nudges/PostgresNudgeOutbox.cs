using System.Data.Common;
using BenefitsBot.Storage.Postgres;

namespace BenefitsBot.Storage.Nudges;

/// <summary>Several instances claim concurrently: each takes rows no other claim has locked, without waiting for them.</summary>
public sealed class PostgresNudgeOutbox(PostgresDatabase database) : SqlNudgeOutbox
{
    protected override string ClaimLock => " FOR UPDATE SKIP LOCKED";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);
}
