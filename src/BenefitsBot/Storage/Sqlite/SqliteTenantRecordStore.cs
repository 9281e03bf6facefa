using System.Data.Common;
using BenefitsBot.Storage.Relational;

namespace BenefitsBot.Storage.Sqlite;

public sealed class SqliteTenantRecordStore(SqliteDatabase database) : SqlTenantRecordStore
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);
}
