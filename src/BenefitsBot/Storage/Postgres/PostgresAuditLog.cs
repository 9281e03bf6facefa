using System.Data.Common;
using BenefitsBot.Storage.Relational;

namespace BenefitsBot.Storage.Postgres;

public sealed class PostgresAuditLog(PostgresDatabase database) : SqlAuditLog
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);
}
