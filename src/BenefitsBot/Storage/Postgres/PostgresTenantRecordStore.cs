using System.Data.Common;
using BenefitsBot.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace BenefitsBot.Storage.Postgres;

public sealed class PostgresTenantRecordStore(PostgresDatabase database) : SqlTenantRecordStore
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);

    /// <summary>The column is jsonb (queryable by the nudge planner later); a text parameter would not convert implicitly.</summary>
    protected override void MarkAsJson(DbParameter parameter) => ((NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlDbType.Jsonb;
}
