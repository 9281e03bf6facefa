using System.Data.Common;
using BenefitsBot.Storage.Postgres;

namespace BenefitsBot.Storage.Knowledge;

public sealed class PostgresTenantKnowledgeStore(PostgresDatabase database) : SqlTenantKnowledgeStore
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);
}
