using System.Data.Common;
using System.Globalization;
using BenefitsBot.Storage.Audit;
using BenefitsBot.Storage.Sqlite;

namespace BenefitsBot.Storage.Knowledge;

public sealed class SqliteTenantKnowledgeStore(SqliteDatabase database) : SqlTenantKnowledgeStore
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);

    /// <summary>SQLite has no timestamp type: fixed-width UTC text compares in time order.</summary>
    protected override object ToDbTime(DateTimeOffset utc) => utc.ToString(AuditTime.SqliteFormat, CultureInfo.InvariantCulture);
}
